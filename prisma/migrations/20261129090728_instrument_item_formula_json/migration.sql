-- AlterTable
ALTER TABLE "InstrumentItem" DROP COLUMN "formula",
ADD COLUMN     "formula" JSONB;
