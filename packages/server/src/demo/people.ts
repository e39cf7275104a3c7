// The invented people of the demo: two organisations (the second proves tenant isolation).
export const northwind = { id: '7f3c1e2a-0d4b-4c6e-8a9f-1b2c3d4e5f60', name: 'Northwind Health' };
export const contoso = { id: 'c0a1b2c3-d4e5-4f60-8172-839405a6b7c8', name: 'Contoso Fabrication' };

export interface DemoPersonSeed {
  key: string;
  org: typeof northwind;
  displayName: string;
  email: string;
  level: number;
  department: string;
  manager?: string;
  expertise?: string[];
  interests?: string[];
  role: 'mentor' | 'mentee' | 'lead' | 'admin' | 'member';
  tokenRoles: ('admin' | 'lead')[];
}

const nw = (
  key: string,
  displayName: string,
  level: number,
  department: string,
  role: DemoPersonSeed['role'],
  extra: Partial<DemoPersonSeed> = {},
): DemoPersonSeed => ({
  key,
  org: northwind,
  displayName,
  email: `${displayName.toLowerCase().replace(/[^a-z]+/g, '.')}@northwind.example`,
  level,
  department,
  role,
  tokenRoles: [],
  ...extra,
});

export const demoPeople: DemoPersonSeed[] = [
  nw('helen', 'Helen Marsh', 9, 'Executive Office', 'mentee', {
    interests: ['generative AI', 'hybrid meetings'],
  }),
  nw('david', 'David Osei', 8, 'Finance', 'mentee', {
    manager: 'helen',
    interests: ['automation'],
  }),
  nw('grace', 'Grace Whitfield', 8, 'Nursing', 'mentee', {
    manager: 'helen',
    interests: ['social media'],
  }),
  nw('karl', 'Karl Brandt', 7, 'Operations', 'mentee', {
    manager: 'david',
    interests: ['data dashboards'],
  }),
  nw('amara', 'Amara Okafor', 2, 'Patient Services', 'mentor', {
    manager: 'grace',
    expertise: ['generative AI', 'accessibility'],
  }),
  nw('leo', 'Leo Fischer', 1, 'IT Service Desk', 'mentor', {
    manager: 'karl',
    expertise: ['team chat', 'automation'],
  }),
  nw('sofia', 'Sofia Haddad', 2, 'Finance', 'mentor', {
    manager: 'david',
    expertise: ['spreadsheets', 'inclusive language'],
  }),
  nw('ravi', 'Ravi Menon', 3, 'Pharmacy', 'mentor', {
    manager: 'grace',
    expertise: ['data dashboards'],
  }),
  nw('mei', 'Mei Lin', 1, 'Communications', 'mentor', {
    manager: 'helen',
    expertise: ['social media', 'video'],
  }),
  nw('tomas', 'Tomás Silva', 2, 'Estates', 'mentor', {
    manager: 'karl',
    expertise: ['mobile apps'],
  }),
  nw('priya', 'Priya Shah', 5, 'People and Culture', 'lead', {
    manager: 'helen',
    tokenRoles: ['lead'],
  }),
  nw('jordan', 'Jordan Reyes', 6, 'Digital', 'admin', { manager: 'helen', tokenRoles: ['admin'] }),
  {
    key: 'nia',
    org: contoso,
    displayName: 'Nia Adams',
    email: 'nia.adams@contoso.example',
    level: 1,
    department: 'Assembly',
    role: 'mentor',
    tokenRoles: [],
  },
  {
    key: 'ian',
    org: contoso,
    displayName: 'Ian Cole',
    email: 'ian.cole@contoso.example',
    level: 8,
    department: 'Board',
    role: 'mentee',
    tokenRoles: [],
  },
  {
    key: 'olga',
    org: contoso,
    displayName: 'Olga Petrova',
    email: 'olga.petrova@contoso.example',
    level: 6,
    department: 'People',
    role: 'admin',
    tokenRoles: ['admin', 'lead'],
  },
];
