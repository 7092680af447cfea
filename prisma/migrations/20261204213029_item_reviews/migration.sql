-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('SESUAI', 'PERLU_PERBAIKAN');

-- CreateTable
CREATE TABLE "ItemReview" (
    "evaluationId" INTEGER NOT NULL,
    "layer" "Layer" NOT NULL,
    "itemId" INTEGER NOT NULL,
    "status" "ReviewStatus" NOT NULL,
    "note" TEXT,
    "reviewedById" INTEGER,
    "reviewedAt" TIMESTAMP(3) NOT NULL,
    "revisions" INTEGER NOT NULL DEFAULT 0,
    "revisedAt" TIMESTAMP(3),
    "revisedById" INTEGER,

    CONSTRAINT "ItemReview_pkey" PRIMARY KEY ("evaluationId","layer","itemId")
);

-- CreateIndex
CREATE INDEX "ItemReview_itemId_idx" ON "ItemReview"("itemId");

-- AddForeignKey
ALTER TABLE "ItemReview" ADD CONSTRAINT "ItemReview_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemReview" ADD CONSTRAINT "ItemReview_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "InstrumentItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemReview" ADD CONSTRAINT "ItemReview_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemReview" ADD CONSTRAINT "ItemReview_revisedById_fkey" FOREIGN KEY ("revisedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
