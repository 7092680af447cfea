-- AlterTable
ALTER TABLE "Answer" ADD COLUMN     "copiedFrom" "Layer";

-- AlterTable
ALTER TABLE "ItemReview" ADD COLUMN     "answerAtNote" JSONB;
