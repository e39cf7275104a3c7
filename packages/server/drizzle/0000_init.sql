CREATE TABLE "audit_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"pair_id" uuid NOT NULL,
	"actor_id" uuid NOT NULL,
	"action" text NOT NULL,
	"resource_type" text NOT NULL,
	"resource_id" uuid NOT NULL,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"pair_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"direction" text NOT NULL,
	"safety" integer NOT NULL,
	"learning" integer NOT NULL,
	"status_free" integer NOT NULL,
	"could_challenge" integer,
	"comment" text,
	"concern_themes" text[] DEFAULT '{}'::text[] NOT NULL,
	"visibility" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"org_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"key" text NOT NULL,
	"route" text NOT NULL,
	"body_hash" text NOT NULL,
	"status" integer,
	"headers" jsonb,
	"body" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_org_id_person_id_key_pk" PRIMARY KEY("org_id","person_id","key")
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pairs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"mentor_id" uuid NOT NULL,
	"mentee_id" uuid NOT NULL,
	"focus_areas" text[] DEFAULT '{}'::text[] NOT NULL,
	"agreement" jsonb NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"started_at" timestamp (3) with time zone,
	"ended_at" timestamp (3) with time zone,
	"end_reason" text,
	"ended_by" uuid,
	"next_session_at" timestamp (3) with time zone,
	"review_due_at" timestamp (3) with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participants" (
	"org_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text NOT NULL,
	"capacity" integer DEFAULT 1 NOT NULL,
	"training_completed" text[] DEFAULT '{}'::text[] NOT NULL,
	"steering" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "participants_programme_id_person_id_pk" PRIMARY KEY("programme_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"display_name" text NOT NULL,
	"email" text,
	"level" integer,
	"department" text,
	"manager_id" uuid,
	"expertise" text[] DEFAULT '{}'::text[] NOT NULL,
	"interests" text[] DEFAULT '{}'::text[] NOT NULL,
	"locale" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"purpose" text NOT NULL,
	"focus" text[] NOT NULL,
	"success_measures" text[] DEFAULT '{}'::text[] NOT NULL,
	"phase" text DEFAULT 'pilot' NOT NULL,
	"review_cadence_days" integer DEFAULT 42 NOT NULL,
	"checklist_template" jsonb NOT NULL,
	"concern_themes" jsonb NOT NULL,
	"training" jsonb NOT NULL,
	"require_training_before_pairing" boolean DEFAULT false NOT NULL,
	"anonymity_threshold" integer DEFAULT 5 NOT NULL,
	"allow_peers" boolean DEFAULT false NOT NULL,
	"allow_downward_feedback" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"pair_id" uuid NOT NULL,
	"due_at" timestamp (3) with time zone NOT NULL,
	"items" jsonb NOT NULL,
	"suggested_outcome" text NOT NULL,
	"outcome" text,
	"drift_signals" jsonb NOT NULL,
	"completed_by" uuid,
	"completed_at" timestamp (3) with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"pair_id" uuid NOT NULL,
	"held_at" timestamp (3) with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"format" text NOT NULL,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"learnings" text DEFAULT '' NOT NULL,
	"agenda_set_by" text NOT NULL,
	"actions" jsonb NOT NULL,
	"shared_notes" text DEFAULT '' NOT NULL,
	"private_note" text,
	"cancelled_by" text,
	"logged_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "audit_pair_at" ON "audit_entries" USING btree ("org_id","pair_id","at","id");--> statement-breakpoint
CREATE INDEX "feedback_pair_created" ON "feedback" USING btree ("org_id","pair_id","created_at","id");--> statement-breakpoint
CREATE INDEX "feedback_programme" ON "feedback" USING btree ("org_id","programme_id");--> statement-breakpoint
CREATE INDEX "idempotency_created" ON "idempotency_keys" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "pairs_org_programme" ON "pairs" USING btree ("org_id","programme_id","created_at","id");--> statement-breakpoint
CREATE INDEX "pairs_org_mentor" ON "pairs" USING btree ("org_id","mentor_id");--> statement-breakpoint
CREATE INDEX "pairs_org_mentee" ON "pairs" USING btree ("org_id","mentee_id");--> statement-breakpoint
CREATE INDEX "participants_person" ON "participants" USING btree ("org_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "people_org_email" ON "people" USING btree ("org_id","email");--> statement-breakpoint
CREATE INDEX "people_org_name" ON "people" USING btree ("org_id","display_name","id");--> statement-breakpoint
CREATE INDEX "programmes_org_created" ON "programmes" USING btree ("org_id","created_at","id");--> statement-breakpoint
CREATE INDEX "reviews_pair_created" ON "reviews" USING btree ("org_id","pair_id","created_at","id");--> statement-breakpoint
CREATE INDEX "sessions_pair_held" ON "sessions" USING btree ("org_id","pair_id","held_at","id");