-- The instrument's node rows were written and read by nothing: the definition JSON is the tree every screen and
-- the scoring use, and items (what answers refer to) belong to the instrument directly.

-- DropForeignKey
ALTER TABLE "InstrumentItem" DROP CONSTRAINT "InstrumentItem_nodeId_fkey";

-- DropForeignKey
ALTER TABLE "InstrumentNode" DROP CONSTRAINT "InstrumentNode_instrumentId_fkey";

-- DropForeignKey
ALTER TABLE "InstrumentNode" DROP CONSTRAINT "InstrumentNode_parentId_fkey";

-- DropIndex
DROP INDEX "InstrumentItem_nodeId_idx";

-- AlterTable
ALTER TABLE "InstrumentItem" DROP COLUMN "nodeId";

-- DropTable
DROP TABLE "InstrumentNode";

-- DropEnum
DROP TYPE "NodeLevel";
