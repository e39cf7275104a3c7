// The text patterns of the contract: one-line labels and names admit no control character
// anywhere, and "not blank" fields need a character that is not white space.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createValidator } from './load-contract.js';

const validator = createValidator();
const schema = (name: string) => validator.at(`/components/schemas/${name}`);

describe('text patterns', () => {
  for (const name of ['Tag', 'Name']) {
    it(`${name} refuses control characters anywhere, and blank text`, () => {
      const validate = schema(name);
      assert.equal(validate('pull requests'), true);
      assert.equal(validate('Ünïcödé ✓ العربية'), true);
      for (const bad of [
        'bell\u0007sound',
        '\u0007',
        'tab\there',
        'line\nbreak',
        'del\u007f',
        '   ',
      ])
        assert.equal(validate(bad), false, JSON.stringify(bad));
    });
  }

  it('Purpose allows line breaks but not blank text or NUL', () => {
    const validate = schema('Purpose');
    assert.equal(validate('Line one.\nLine two.'), true);
    for (const bad of [' \n\t ', 'nul\u0000here'])
      assert.equal(validate(bad), false, JSON.stringify(bad));
  });
});
