-- CreateTable
CREATE TABLE "PortalrbMasterList" (
    "year" INTEGER NOT NULL,
    "instrumentId" INTEGER NOT NULL,
    "generatedAt" TEXT,
    "mapping" JSONB NOT NULL,
    "loadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "loadedById" INTEGER,

    CONSTRAINT "PortalrbMasterList_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "PortalrbToken" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" INTEGER,
    "expiresAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),

    CONSTRAINT "PortalrbToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PortalrbFetch" (
    "id" SERIAL NOT NULL,
    "tokenId" INTEGER,
    "agencyId" INTEGER,
    "endpoint" TEXT NOT NULL,
    "unitCode" TEXT,
    "year" INTEGER,
    "status" INTEGER NOT NULL,
    "bytes" INTEGER NOT NULL,
    "durationMs" DOUBLE PRECISION NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "body" JSONB,

    CONSTRAINT "PortalrbFetch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PortalrbToken_tokenHash_key" ON "PortalrbToken"("tokenHash");

-- CreateIndex
CREATE INDEX "PortalrbToken_agencyId_idx" ON "PortalrbToken"("agencyId");

-- CreateIndex
CREATE INDEX "PortalrbFetch_agencyId_at_idx" ON "PortalrbFetch"("agencyId", "at");

-- CreateIndex
CREATE INDEX "PortalrbFetch_agencyId_unitCode_at_idx" ON "PortalrbFetch"("agencyId", "unitCode", "at");

-- AddForeignKey
ALTER TABLE "PortalrbMasterList" ADD CONSTRAINT "PortalrbMasterList_instrumentId_fkey" FOREIGN KEY ("instrumentId") REFERENCES "Instrument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PortalrbMasterList" ADD CONSTRAINT "PortalrbMasterList_loadedById_fkey" FOREIGN KEY ("loadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PortalrbToken" ADD CONSTRAINT "PortalrbToken_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PortalrbToken" ADD CONSTRAINT "PortalrbToken_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PortalrbFetch" ADD CONSTRAINT "PortalrbFetch_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "PortalrbToken"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PortalrbFetch" ADD CONSTRAINT "PortalrbFetch_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;
