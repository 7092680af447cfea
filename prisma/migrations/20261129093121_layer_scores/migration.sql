-- CreateTable
CREATE TABLE "LayerScore" (
    "evaluationId" INTEGER NOT NULL,
    "layer" "Layer" NOT NULL,
    "total" DOUBLE PRECISION NOT NULL,
    "pengungkit" DOUBLE PRECISION NOT NULL,
    "pemenuhan" DOUBLE PRECISION,
    "reform" DOUBLE PRECISION,
    "hasil" DOUBLE PRECISION NOT NULL,
    "answered" INTEGER NOT NULL,
    "itemCount" INTEGER NOT NULL,
    "areas" JSONB NOT NULL,
    "wbkUnmet" TEXT[],
    "wbbmUnmet" TEXT[],
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LayerScore_pkey" PRIMARY KEY ("evaluationId","layer")
);

-- CreateIndex
CREATE INDEX "LayerScore_layer_total_idx" ON "LayerScore"("layer", "total");

-- AddForeignKey
ALTER TABLE "LayerScore" ADD CONSTRAINT "LayerScore_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
