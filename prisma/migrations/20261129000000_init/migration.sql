-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "AgencyKind" AS ENUM ('KEMENTERIAN', 'LEMBAGA', 'PROVINSI', 'KABUPATEN', 'KOTA', 'TNI', 'POLRI');

-- CreateEnum
CREATE TYPE "Grade" AS ENUM ('AA', 'A', 'BB', 'B', 'CC', 'C', 'D');

-- CreateEnum
CREATE TYPE "BpkOpinion" AS ENUM ('WTP', 'WDP', 'TW', 'TMP');

-- CreateEnum
CREATE TYPE "Eselon" AS ENUM ('I', 'II', 'III', 'IV');

-- CreateEnum
CREATE TYPE "NodeLevel" AS ENUM ('COMPONENT', 'SUB_COMPONENT', 'AREA', 'SUB_AREA');

-- CreateEnum
CREATE TYPE "AnswerType" AS ENUM ('YA_TIDAK', 'ABC', 'ABCD', 'ABCDE', 'PERCENT', 'SURVEY');

-- CreateEnum
CREATE TYPE "Stage" AS ENUM ('PENCANANGAN', 'PEMBANGUNAN', 'PENILAIAN_TPI', 'DIUSULKAN', 'EVALUASI_TPN', 'DITETAPKAN', 'TIDAK_DITETAPKAN', 'DICABUT');

-- CreateEnum
CREATE TYPE "Predicate" AS ENUM ('WBK', 'WBBM');

-- CreateEnum
CREATE TYPE "Layer" AS ENUM ('UNIT', 'TPI', 'TPN');

-- CreateEnum
CREATE TYPE "SurveyKind" AS ENUM ('IPAK', 'IPKP');

-- CreateEnum
CREATE TYPE "Auditor" AS ENUM ('BPK', 'BPKP', 'INSPEKTORAT');

-- CreateEnum
CREATE TYPE "TlhpStatus" AS ENUM ('SESUAI', 'BELUM_SESUAI', 'BELUM_DITINDAKLANJUTI', 'TIDAK_DAPAT_DITINDAKLANJUTI');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'UNIT_OPERATOR', 'TPI', 'TPN', 'INSPEKTORAT', 'ANALYST');

-- CreateEnum
CREATE TYPE "ChangeAction" AS ENUM ('CREATE', 'UPDATE', 'DELETE');

-- CreateTable
CREATE TABLE "Agency" (
    "id" SERIAL NOT NULL,
    "kind" "AgencyKind" NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "region" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Agency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgencyProfile" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "bpkOpinion" "BpkOpinion",
    "sakipGrade" "Grade",
    "indeksRbGrade" "Grade",
    "spipLevel" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AgencyProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Unit" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "parentId" INTEGER,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "eselon" "Eselon" NOT NULL,
    "coreService" BOOLEAN NOT NULL DEFAULT false,
    "afirmasi" BOOLEAN NOT NULL DEFAULT false,
    "ziSinceYear" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Instrument" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "regulation" TEXT NOT NULL,
    "description" TEXT,
    "validFromYear" INTEGER NOT NULL,
    "validToYear" INTEGER,
    "definition" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Instrument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InstrumentNode" (
    "id" SERIAL NOT NULL,
    "instrumentId" INTEGER NOT NULL,
    "parentId" INTEGER,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" "NodeLevel" NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL,
    "order" INTEGER NOT NULL,
    "workbookRow" INTEGER,

    CONSTRAINT "InstrumentNode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InstrumentItem" (
    "id" SERIAL NOT NULL,
    "instrumentId" INTEGER NOT NULL,
    "nodeId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "criteria" TEXT,
    "answerType" "AnswerType" NOT NULL,
    "options" JSONB NOT NULL,
    "formula" TEXT,
    "inputs" JSONB,
    "weight" DOUBLE PRECISION,
    "order" INTEGER NOT NULL,
    "workbookRow" INTEGER,

    CONSTRAINT "InstrumentItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evaluation" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "instrumentId" INTEGER NOT NULL,
    "stage" "Stage" NOT NULL DEFAULT 'PENCANANGAN',
    "targetPredicate" "Predicate" NOT NULL DEFAULT 'WBK',
    "paktaSigned" INTEGER,
    "paktaTotal" INTEGER,
    "unitSakipGrade" "Grade",
    "lhkpnCompliance" DOUBLE PRECISION,
    "lhkasnCompliance" DOUBLE PRECISION,
    "awardedPredicate" "Predicate",
    "decreeNumber" TEXT,
    "decreeDate" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Evaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StageTransition" (
    "id" SERIAL NOT NULL,
    "evaluationId" INTEGER NOT NULL,
    "fromStage" "Stage",
    "toStage" "Stage" NOT NULL,
    "note" TEXT,
    "actorId" INTEGER,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StageTransition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Answer" (
    "id" SERIAL NOT NULL,
    "evaluationId" INTEGER NOT NULL,
    "itemId" INTEGER NOT NULL,
    "layer" "Layer" NOT NULL,
    "option" TEXT,
    "inputs" JSONB,
    "score" DOUBLE PRECISION,
    "note" TEXT,
    "evidence" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Answer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyResult" (
    "id" SERIAL NOT NULL,
    "evaluationId" INTEGER NOT NULL,
    "kind" "SurveyKind" NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "respondents" INTEGER,
    "conductedBy" TEXT,
    "conductedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SurveyResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Audit" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "unitId" INTEGER,
    "auditor" "Auditor" NOT NULL,
    "reportNumber" TEXT NOT NULL,
    "reportDate" TIMESTAMP(3) NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Audit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Finding" (
    "id" SERIAL NOT NULL,
    "auditId" INTEGER NOT NULL,
    "unitId" INTEGER,
    "number" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,

    CONSTRAINT "Finding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Recommendation" (
    "id" SERIAL NOT NULL,
    "findingId" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "amount" DECIMAL(18,2),
    "recoveredAmount" DECIMAL(18,2),
    "status" "TlhpStatus" NOT NULL DEFAULT 'BELUM_DITINDAKLANJUTI',
    "dueDate" TIMESTAMP(3),
    "evidence" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Recommendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecommendationStatusChange" (
    "id" SERIAL NOT NULL,
    "recommendationId" INTEGER NOT NULL,
    "fromStatus" "TlhpStatus",
    "toStatus" "TlhpStatus" NOT NULL,
    "note" TEXT,
    "evidence" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "actorId" INTEGER,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecommendationStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "agencyId" INTEGER,
    "unitId" INTEGER,
    "passwordHash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastLoginAt" TIMESTAMP(3),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChangeLog" (
    "id" BIGSERIAL NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" "ChangeAction" NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "actorId" INTEGER,
    "evaluationId" INTEGER,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChangeLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Agency_code_key" ON "Agency"("code");

-- CreateIndex
CREATE INDEX "Agency_kind_idx" ON "Agency"("kind");

-- CreateIndex
CREATE INDEX "Agency_name_idx" ON "Agency"("name");

-- CreateIndex
CREATE INDEX "AgencyProfile_year_idx" ON "AgencyProfile"("year");

-- CreateIndex
CREATE UNIQUE INDEX "AgencyProfile_agencyId_year_key" ON "AgencyProfile"("agencyId", "year");

-- CreateIndex
CREATE INDEX "Unit_parentId_idx" ON "Unit"("parentId");

-- CreateIndex
CREATE INDEX "Unit_name_idx" ON "Unit"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_agencyId_code_key" ON "Unit"("agencyId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Instrument_code_key" ON "Instrument"("code");

-- CreateIndex
CREATE INDEX "InstrumentNode_parentId_idx" ON "InstrumentNode"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "InstrumentNode_instrumentId_code_key" ON "InstrumentNode"("instrumentId", "code");

-- CreateIndex
CREATE INDEX "InstrumentItem_nodeId_idx" ON "InstrumentItem"("nodeId");

-- CreateIndex
CREATE UNIQUE INDEX "InstrumentItem_instrumentId_code_key" ON "InstrumentItem"("instrumentId", "code");

-- CreateIndex
CREATE INDEX "Evaluation_year_stage_idx" ON "Evaluation"("year", "stage");

-- CreateIndex
CREATE INDEX "Evaluation_instrumentId_year_idx" ON "Evaluation"("instrumentId", "year");

-- CreateIndex
CREATE INDEX "Evaluation_awardedPredicate_idx" ON "Evaluation"("awardedPredicate");

-- CreateIndex
CREATE UNIQUE INDEX "Evaluation_unitId_year_key" ON "Evaluation"("unitId", "year");

-- CreateIndex
CREATE INDEX "StageTransition_evaluationId_at_idx" ON "StageTransition"("evaluationId", "at");

-- CreateIndex
CREATE INDEX "Answer_itemId_idx" ON "Answer"("itemId");

-- CreateIndex
CREATE UNIQUE INDEX "Answer_evaluationId_itemId_layer_key" ON "Answer"("evaluationId", "itemId", "layer");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyResult_evaluationId_kind_key" ON "SurveyResult"("evaluationId", "kind");

-- CreateIndex
CREATE INDEX "Audit_agencyId_year_idx" ON "Audit"("agencyId", "year");

-- CreateIndex
CREATE INDEX "Audit_unitId_idx" ON "Audit"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "Audit_auditor_reportNumber_key" ON "Audit"("auditor", "reportNumber");

-- CreateIndex
CREATE INDEX "Finding_unitId_idx" ON "Finding"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "Finding_auditId_number_key" ON "Finding"("auditId", "number");

-- CreateIndex
CREATE INDEX "Recommendation_status_idx" ON "Recommendation"("status");

-- CreateIndex
CREATE INDEX "Recommendation_dueDate_idx" ON "Recommendation"("dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "Recommendation_findingId_number_key" ON "Recommendation"("findingId", "number");

-- CreateIndex
CREATE INDEX "RecommendationStatusChange_recommendationId_at_idx" ON "RecommendationStatusChange"("recommendationId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_role_idx" ON "User"("role");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_email_at_idx" ON "LoginAttempt"("email", "at");

-- CreateIndex
CREATE INDEX "LoginAttempt_ip_at_idx" ON "LoginAttempt"("ip", "at");

-- CreateIndex
CREATE INDEX "ChangeLog_entity_entityId_idx" ON "ChangeLog"("entity", "entityId");

-- CreateIndex
CREATE INDEX "ChangeLog_evaluationId_at_idx" ON "ChangeLog"("evaluationId", "at");

-- CreateIndex
CREATE INDEX "ChangeLog_actorId_idx" ON "ChangeLog"("actorId");

-- AddForeignKey
ALTER TABLE "AgencyProfile" ADD CONSTRAINT "AgencyProfile_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InstrumentNode" ADD CONSTRAINT "InstrumentNode_instrumentId_fkey" FOREIGN KEY ("instrumentId") REFERENCES "Instrument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InstrumentNode" ADD CONSTRAINT "InstrumentNode_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "InstrumentNode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InstrumentItem" ADD CONSTRAINT "InstrumentItem_instrumentId_fkey" FOREIGN KEY ("instrumentId") REFERENCES "Instrument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InstrumentItem" ADD CONSTRAINT "InstrumentItem_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "InstrumentNode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_instrumentId_fkey" FOREIGN KEY ("instrumentId") REFERENCES "Instrument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageTransition" ADD CONSTRAINT "StageTransition_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageTransition" ADD CONSTRAINT "StageTransition_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "InstrumentItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResult" ADD CONSTRAINT "SurveyResult_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Audit" ADD CONSTRAINT "Audit_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Audit" ADD CONSTRAINT "Audit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_auditId_fkey" FOREIGN KEY ("auditId") REFERENCES "Audit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "Finding"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationStatusChange" ADD CONSTRAINT "RecommendationStatusChange_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationStatusChange" ADD CONSTRAINT "RecommendationStatusChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeLog" ADD CONSTRAINT "ChangeLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Domain rules Prisma's schema language cannot state (Prisma Migrate leaves CHECK constraints and triggers alone).
ALTER TABLE "AgencyProfile" ADD CONSTRAINT "AgencyProfile_year_check" CHECK ("year" BETWEEN 2000 AND 2100);
ALTER TABLE "AgencyProfile" ADD CONSTRAINT "AgencyProfile_spipLevel_check" CHECK ("spipLevel" BETWEEN 1 AND 5);
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_parent_check" CHECK ("parentId" IS NULL OR "parentId" <> "id");
ALTER TABLE "InstrumentNode" ADD CONSTRAINT "InstrumentNode_weight_check" CHECK ("weight" >= 0);
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_year_check" CHECK ("year" BETWEEN 2000 AND 2100);
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_pakta_check" CHECK (
  "paktaSigned" >= 0 AND "paktaTotal" >= 0 AND ("paktaSigned" IS NULL OR "paktaTotal" IS NULL OR "paktaSigned" <= "paktaTotal"));
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_compliance_check" CHECK (
  "lhkpnCompliance" BETWEEN 0 AND 100 AND "lhkasnCompliance" BETWEEN 0 AND 100);
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_version_check" CHECK ("version" >= 1);
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_score_check" CHECK ("score" BETWEEN 0 AND 4);
ALTER TABLE "SurveyResult" ADD CONSTRAINT "SurveyResult_score_check" CHECK ("score" BETWEEN 0 AND 4);
ALTER TABLE "SurveyResult" ADD CONSTRAINT "SurveyResult_respondents_check" CHECK ("respondents" >= 0);
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_amount_check" CHECK ("amount" >= 0 AND "recoveredAmount" >= 0);

CREATE FUNCTION "ChangeLog_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ChangeLog is append-only: % is not allowed', TG_OP;
END;
$$;
CREATE TRIGGER "ChangeLog_append_only" BEFORE UPDATE OR DELETE ON "ChangeLog"
  FOR EACH ROW EXECUTE FUNCTION "ChangeLog_append_only"();
