-- AlterTable
ALTER TABLE "Evaluation" ADD COLUMN     "countingLayer" "Layer",
ADD COLUMN     "proposedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "LayerScore" ADD COLUMN     "tlhpCompletion" DOUBLE PRECISION,
ADD COLUMN     "verdict" "Predicate";

-- CreateTable
CREATE TABLE "Decision" (
    "evaluationId" INTEGER NOT NULL,
    "stage" "Stage" NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "layer" "Layer" NOT NULL,
    "score" JSONB NOT NULL,
    "verdict" JSONB NOT NULL,
    "tlhp" JSONB NOT NULL,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("evaluationId")
);

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The cut-off of evaluations already proposed: their first move to DIUSULKAN. Counting layers, verdicts and
-- decisions follow from the product's scoring rules and are filled in by the stored-score refresh after migrating.
UPDATE "Evaluation" e SET "proposedAt" = t.at
FROM (SELECT "evaluationId", min("at") AS at FROM "StageTransition" WHERE "toStage" = 'DIUSULKAN' GROUP BY 1) t
WHERE t."evaluationId" = e.id;
