-- AlterTable
ALTER TABLE "ChangeLog" ADD COLUMN     "layer" "Layer";

-- Saves of answers already logged name their layer in "after"; the log is append-only, so its guard steps
-- aside for this one backfill.
ALTER TABLE "ChangeLog" DISABLE TRIGGER "ChangeLog_append_only";
UPDATE "ChangeLog" SET "layer" = ("after"->>'layer')::"Layer" WHERE "after" ? 'layer';
ALTER TABLE "ChangeLog" ENABLE TRIGGER "ChangeLog_append_only";
