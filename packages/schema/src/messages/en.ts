import { formatFigure, formatGap } from '../display.ts';
import type { Role, Stage } from '../stages.ts';
import { sentence } from './id.ts';
import type { Catalog, Entity, Linked } from './types.ts';

const list = (values: readonly (string | number)[], last = 'or') =>
  values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} ${last} ${values.at(-1)}`;
const count = (value: number) => value.toLocaleString('en-US');
const figure = (value: number) => formatFigure(value, 'en-US');
const percent = (fraction: number) => `${figure(fraction * 100)}%`;

export const stageNamesEn: Record<Stage, string> = {
  PENCANANGAN: 'Declaration',
  PEMBANGUNAN: 'Development',
  PENILAIAN_TPI: 'Internal assessment',
  DIUSULKAN: 'Proposed',
  EVALUASI_TPN: 'National evaluation',
  DITETAPKAN: 'Awarded',
  TIDAK_DITETAPKAN: 'Not awarded',
  DICABUT: 'Revoked',
};
const stage = (value: Stage) => stageNamesEn[value];
export const roleNamesEn: Record<Role, string> = {
  ADMIN: 'Administrator',
  UNIT_OPERATOR: 'Unit operator',
  TPI: 'Internal assessor (TPI)',
  TPN: 'National assessor (TPN)',
  INSPEKTORAT: 'Inspectorate',
  ANALYST: 'Analyst',
};
const role = (value: Role) => roleNamesEn[value];
const stageList = (values: readonly Stage[]) => list(values.map(stage), 'and');

const entities: Record<Entity, string> = {
  agency: 'Agency',
  agencyProfile: 'Agency profile',
  unit: 'Unit',
  evaluation: 'Evaluation',
  audit: 'Audit',
  finding: 'Finding',
  recommendation: 'Recommendation',
  user: 'User',
  instrument: 'Instrument',
  surveyResult: 'Survey result',
  evidenceFile: 'Evidence document',
  portalrbToken: 'PortalRB token',
};

const linked: Record<Linked, string> = {
  units: 'units',
  audits: 'audits',
  findings: 'findings',
  users: 'users',
  evaluations: 'evaluations',
  children: 'subordinate units',
};

/** The messages of id.ts in English, with the same parameters. */
export const en: Catalog = {
  'auth.signInFirst': () => 'Please sign in first.',
  'auth.roleForbidden': () => 'Your role may not do this.',
  'auth.wrongCredentials': () => 'Wrong e-mail or password.',
  'auth.tooManyAttempts': (p) => `Too many sign-in attempts. Try again in ${p.minutes} minutes.`,
  'request.crossSite': () =>
    "Cross-site request refused: only ZI Workbench's own pages (or an allowed origin) may send it.",
  'request.lengthRequired': () => 'A POST request must state its Content-Length.',
  'request.tooLarge': (p) => `A request is at most ${p.megabytes} MB.`,
  'request.tooCostly': (p) =>
    `This request is too heavy (cost ${p.cost}, at most ${p.max}): ask for reports, files and imports one per request.`,
  'request.busyPrinting': () => 'Too many PDF reports are being printed. Try again in a moment.',
  'request.busyReading': () => 'The server is reading other files. Try again in a moment.',
  'request.notFound': (p) => `${entities[p.entity]} ${p.id} not found.`,
  'request.invalidInputs': (p) => `${p.count} invalid ${p.count === 1 ? 'value' : 'values'}.`,
  'request.sentence': (p, t) => sentence(t(p.reason)),
  'request.invalidValue': (p) => `A value does not fit its type: ${p.detail}`,

  'value.required': () => 'is required',
  'value.tooLong': (p) =>
    `at most ${count(p.max)} characters${p.length === undefined ? '' : `, got ${count(p.length)}`}`,
  'value.tooManyLinks': (p) => `at most ${p.max} links`,
  'value.notALink': (p) => `evidence must be an http(s) link, not "${p.got}"`,
  'value.negative': () => 'may not be negative',
  'value.percentRange': () => 'a percentage between 0 and 100',
  'value.yearRange': (p) => `a year between ${p.min} and ${p.max}`,
  'value.code': () => 'a code of 2–40 capital letters, digits or -',
  'value.codeTaken': (p) => `code ${p.code} is taken`,
  'value.email': () => 'not a valid e-mail address',
  'value.emailTaken': (p) => `${p.email} is already registered`,
  'date.invalid': (p) =>
    `${p.got} is not a date between ${p.firstYear} and ${p.lastYear}; write 31/12/2025, 2025-12-31 or 2025-12-31T08:00:00+07:00`,
  'amount.notANumber': (p) =>
    p.got === undefined ? 'an amount must be a number' : `"${p.got}" is not an amount`,
  'amount.negative': () => 'an amount may not be negative',
  'amount.tooLarge': (p) => `an amount is at most Rp ${count(p.max)} (a thousand trillion)`,
  'password.blank': () => 'the password may not be empty or only spaces',
  'password.tooLong': (p) => `the password is at most ${p.max} characters`,
  'password.tooShort': (p) => `the password needs at least ${p.min} characters (it has ${p.length})`,
  'password.personal': () => 'the password may not contain your e-mail or name',
  'password.guessable': () =>
    'the password is too easy to guess (a common password, a keyboard or number sequence, or repeated characters); use a few random words',

  'answer.option': (p) => `the answer is ${list(p.labels)}, not ${p.got}`,
  'answer.surveyRange': (p) => `a survey score is between 0 and 4, not ${p.got}`,
  'answer.inputsShape': (p) =>
    `the inputs are an object of counts by input key (${p.keys.join(', ')}), not ${p.got}`,
  'answer.inputsObject': (p) =>
    `inputs is an object of at most ${p.maxKeys} numbers by input key, e.g. {"agen": 4}`,
  'answer.inputCount': (p) =>
    `"${p.label}" is a count, a whole number from 0 to ${count(p.max)}, not ${p.got}`,
  'answer.unknownInput': (p) => `${p.item} has no input "${p.key}"; its inputs are ${p.keys.join(', ')}`,
  'answer.zeroDenominator': (p) => `the denominator (${p.labels.join(' + ')}) is 0, so no percentage exists`,
  'answer.inputNotANumber': (p) => `"${p.label}" takes a number, not "${p.got}"`,
  'answer.surveyNotANumber': (p) => `a survey score is a number from 0 to 4, not "${p.got}"`,
  'answer.unknownKey': (p) => `no item or input of ${p.instrument} has the row or code "${p.key}"`,
  'answer.computed': (p) => `${p.item} is computed from its inputs; give ${p.codes.join(', ')} instead`,
  'answer.unknownItem': (p) => `item "${p.item}" is not in this evaluation's instrument`,
  'answer.sentTwice': () => 'this item was sent more than once',
  'answer.setSentTwice': () => 'this evaluation and layer were sent more than once',
  'answer.surveyIsOfficial': () =>
    'this survey item comes from the official survey result; change the result in the bulk grid',
  'answer.tooMany': (p) => `At most ${count(p.max)} answers per request.`,
  'answer.sent': (p) => `${count(p.count)} sent`,
  'answer.invalid': (p) => `${p.count} invalid ${p.count === 1 ? 'answer' : 'answers'}; nothing was saved.`,
  'answer.conflict': (p) =>
    `${p.count} ${p.count === 1 ? 'answer was' : 'answers were'} changed by someone else; nothing was saved.`,

  'layer.unreadable': (p) => `You may not read the ${p.layer} layer.`,
  'instrument.codeOrId': () => 'name the instrument by its code or its id, one of them',
  'instrument.invalid': (p) => `The instrument definition cannot be loaded: ${p.count} problem(s).`,
  'instrument.problem': (p) => `${p.at}: ${p.detail}`,
  'instrument.refused': (p) => `The instrument was not loaded: ${p.reason}`,
  'report.unitBeforeDecision': () =>
    'The evaluation report, with the TPI and TPN scores, opens to the unit once its evaluation is decided.',
  'layer.decided': (p) => `this evaluation has been decided (${stage(p.stage)}); its answers cannot change`,
  'layer.notYourRole': (p) => `the ${p.layer} layer is filled by ${role(p.role)} only`,
  'layer.closed': (p) =>
    `the ${p.layer} layer is open at ${stageList(p.openIn)}; this evaluation is at ${stage(p.stage)}`,
  'review.notReviewed': (p) => `the ${p.layer} layer is not reviewed by an assessment team`,
  'review.notYourRole': (p) => `the ${p.layer} layer is reviewed by ${role(p.role)}`,
  'review.closed': (p) => `the ${p.layer} layer is reviewed at ${stage(p.stage)}`,
  'review.noteRequired': () => 'an item sent back for revision needs a note saying what to fix',
  'review.notSentBack': () => 'this item is not marked for revision',
  'copy.nothingBelow': (p) => `the ${p.layer} layer is not copied from another layer`,
  'copy.unknownArea': (p) => `there is no area "${p.area}"; choose one of ${list(p.areas)}`,
  'portalrb.notMasterList': (p) => `not a PortalRB master question list: ${p.reason}`,
  'portalrb.totalMismatch': (p) => `the list states ${p.stated} soal but holds ${p.found}`,
  'portalrb.countMismatch': (p) => `the list holds ${p.soals} soal; the instrument has ${p.inputs} inputs`,
  'portalrb.soalTwice': () => 'this soal id appears more than once',
  'portalrb.typeMismatch': (p) => `answer type ${p.got} does not fit item ${p.item} (${p.expected})`,
  'portalrb.textMismatch': (p) => `the question's text does not match item ${p.item}`,
  'portalrb.expiryPast': () => 'a token’s expiry must lie in the future',
  'portalrb.unauthorized': () => 'The token is missing, unknown, expired or revoked.',
  'portalrb.rateLimited': () => 'Too many requests with this token; try again after Retry-After.',
  'portalrb.getOnly': () => 'Only GET requests are served.',
  'portalrb.unknownPath': () =>
    'Unknown address; use /pengusulan/unit-wbk, /pengusulan/unit-wbbm or /lke/jawaban-unit/{unit_id}.',
  'portalrb.badYear': (p) => `The year "${p.got}" is not valid; use four digits, e.g. 2026.`,
  'portalrb.notEligible': (p) => `This agency does not meet WBBM's agency prerequisites for ${p.year}.`,
  'portalrb.unitUnknown': (p) => `Unit ${p.unit} was not found.`,
  'portalrb.notYourUnit': (p) => `Unit ${p.unit} is not a unit of this token's agency.`,
  'portalrb.notProposed': (p) => `Unit ${p.unit} was not proposed for ${p.year}.`,
  'portalrb.noMasterList': (p) =>
    `PortalRB's question list for ${p.year} is not loaded for this unit's instrument; ask the agency's administrator.`,
  'portalrb.internal': () => 'An error occurred in the agency’s system.',
  'portalrb.unavailable': (p) => p.reason,
  'portalrb.invalid': (p) =>
    `The PortalRB question list does not map onto the instrument (${p.count} problems); nothing was saved.`,
  'review.invalid': (p) => `${p.count} invalid ${p.count === 1 ? 'review' : 'reviews'}; nothing was saved.`,
  'details.notYourRole': () => "your role does not change an evaluation's details",
  'details.decided': (p) => `this evaluation has been decided (${stage(p.stage)}); its details cannot change`,
  'details.closed': (p) =>
    `the unit fills an evaluation's details at ${stageList(p.openIn)}; this evaluation is at ${stage(p.stage)}`,
  'details.paktaOverTotal': () => 'more signatories than staff',
  'details.invalid': () => 'Invalid evaluation details.',
  'bulk.decided': (p) => `this evaluation has been decided (${stage(p.stage)}); it cannot change`,
  'bulk.refused': (p, t) => `Evaluation ${p.evaluationId}: ${t(p.reason)}.`,
  'bulk.invalid': (p) => `${p.count} invalid ${p.count === 1 ? 'entry' : 'entries'}; nothing was saved.`,
  'bulk.conflict': (p) =>
    `${p.count} ${p.count === 1 ? 'entry was' : 'entries were'} changed by someone else; nothing was saved.`,
  'bulk.evaluationTwice': () => 'this evaluation was sent more than once',
  'bulk.surveyTwice': () => 'this survey was sent more than once',
  'bulk.respondentsNegative': () => 'the number of respondents may not be negative',
  'bulk.hasilItems': (p) =>
    `result items that can be filled: ${p.items.length ? p.items.join(', ') : 'none'}`,
  'stage.noSuchMove': (p) => `stage ${stage(p.from)} cannot move to ${stage(p.to)}`,
  'stage.notYourMove': (p) => `only ${list(p.roles.map(role))} may move it to ${stage(p.to)}`,
  'stage.paktaUnsigned': () => 'most staff have not signed the Pakta Integritas yet',
  'stage.layerIncomplete': (p) => `the ${p.layer} layer has ${p.answered} of ${p.total} items answered`,
  'stage.itemsToRevise': (p) =>
    `${p.count} ${p.count === 1 ? 'item' : 'items'} of the ${p.layer} layer still need revision; wait for the fixes or give a note to go on anyway`,
  'stage.copiesUnconfirmed': (p) =>
    `${p.count} ${p.count === 1 ? 'answer' : 'answers'} of the ${p.layer} layer ${p.count === 1 ? 'is a copy' : 'are copies'} not yet confirmed`,
  'stage.targetUnmet': () => "the TPN score does not meet the target predicate's criteria yet",
  'stage.noteRequired': () => 'a note is required',
  'stage.blocked': (p, t) => `Cannot move to ${stage(p.to)}: ${p.blockers.map(t).join('; ')}.`,

  'evaluation.cannotCreate': () => 'The evaluation cannot be created.',
  'evaluation.noInstrument': (p) => `there is no LKE instrument for ${p.year}`,
  'evaluation.yearTooLate': (p) => `evaluations go up to ${p.latest}`,
  'evaluation.yearTaken': (p) => `this unit already has an evaluation for ${p.year}`,

  'criterion.short': (p) => {
    const shown = (value: number) => (p.percent ? percent(value) : figure(value));
    return `${p.label}: ${shown(p.actual)} < ${shown(p.required)} (${formatGap(p.percent ? p.gap * 100 : p.gap, 'en-US')} ${p.percent ? 'percentage points' : 'points'} short)`;
  },
  'prerequisite.unmet': (p) => `${p.label}: ${p.actual ?? 'no data yet'} (required ${p.required})`,
  'predicate.wbkFirst': (p, t) => `WBK requirement: ${t(p.reason)}`,
  'advice.raise': (p) => `raise ${p.item} from ${p.from} to ${p.to}: +${figure(p.gain)}`,

  'agency.invalid': () => 'Invalid agency.',
  'agency.profileInvalid': () => 'Invalid agency profile.',
  'agency.stillLinked': () => 'The agency still has units, audits or users.',
  'agency.missing': (p) => (p.id === undefined ? 'no such agency' : `agency ${p.id} does not exist`),
  'agency.spipRange': () => 'an SPIP level from 1 to 5',
  'record.linked': (p) =>
    `${p.links.map((link) => `${link.count} ${linked[link.what]}`).join(', ')} still linked`,
  'unit.invalid': () => 'Invalid unit.',
  'unit.stillLinked': () => 'The unit still has linked records.',
  'unit.codeTaken': (p) => `code ${p.code} is taken in this agency`,
  'unit.parentOtherAgency': () => 'the parent unit must belong to the same agency',
  'unit.parentSelf': () => 'a unit cannot be its own parent',
  'unit.notInAgency': () => 'no such unit in this agency',
  'user.invalid': () => 'Invalid user.',
  'user.passwordForNew': () => 'a new user needs a password',
  'user.roleNational': (p) => `the ${role(p.role)} role is national, without an agency`,
  'user.roleNeedsAgency': (p) => `the ${role(p.role)} role needs an agency`,
  'user.operatorNeedsUnit': () => 'a unit operator needs an existing unit',
  'user.unitOfOtherAgency': (p) => `unit ${p.unit} is not a unit of the chosen agency`,
  'user.roleWithoutUnit': (p) => `the ${role(p.role)} role is not tied to a unit`,
  'user.historyAdminsOnly': () => 'Account history is for administrators only.',

  'audit.invalid': () => 'Invalid audit.',
  'audit.reportNumberRequired': () => 'the report number is required',
  'audit.titleRequired': () => 'the title is required',
  'audit.taken': (p) => `report ${p.reportNumber} from ${p.auditor} is already recorded`,
  'recommendation.invalid': () => 'Invalid recommendation.',
  'status.invalid': () => 'Invalid status change.',
  'status.pickOne': () => 'choose at least one recommendation',
  'status.needsNote': () => 'the status Tidak Dapat Ditindaklanjuti needs a note giving the reason',
  'tlhpImport.missingColumns': (p) =>
    `column ${p.columns.join(', ')} not found; known column headings: Pemeriksa, No. LHP, No. Temuan, Temuan, No. Rekomendasi, Rekomendasi, Status, Nilai Rekomendasi, Nilai Setor, Batas Waktu`,
  'tlhpImport.blankNumber': () => 'blank number',
  'tlhpImport.unknownAuditor': (p) => `auditor "${p.word}" is unknown; use BPK, BPKP or Inspektorat`,
  'tlhpImport.unknownStatus': (p) =>
    `status "${p.word}" is unknown; use Sesuai (TS), Belum Sesuai (BS), Belum Ditindaklanjuti (BTL) or Tidak Dapat Ditindaklanjuti (TDTL)`,
  'tlhpImport.sameRow': (p) => `the same report, finding and recommendation are already in row ${p.line}`,
  'tlhpImport.reportOfSeveral': (p) =>
    `report "${p.reportNumber}" is used by more than one auditor (${p.auditors.join(', ')}); add a Pemeriksa column`,
  'tlhpImport.unknownReport': (p) =>
    `report "${p.reportNumber}"${p.auditor ? ` from ${p.auditor}` : ''} is not recorded for your agency; record its audit first`,
  'tlhpImport.newNeedsText': () => 'a new recommendation needs its text',
  'tlhpImport.rejected': (p) => `${p.count} ${p.count === 1 ? 'row' : 'rows'} refused; nothing was imported.`,
  'tlhpImport.changedMeanwhile': () =>
    'The follow-up list changed during the import (another import ran at the same time); nothing was imported. Preview again, then import.',

  'file.empty': () => 'the file is empty',
  'file.tooLarge': (p) => `a file is at most ${p.megabytes} MB`,
  'file.cannotRead': (p, t) => `The file cannot be read: ${t(p.reason)}.`,
  'file.unreadable': (p) => `${p.file ? `${p.file} is ` : ''}not a readable .xlsx workbook (${p.detail})`,
  'file.tooManyParts': (p) =>
    `${p.file ?? 'the file'} is too large: it has ${count(p.parts)} parts, more than ${count(p.max)}`,
  'file.sheetUnpacksTooLarge': (p) =>
    `${p.file ?? 'the file'} is too large: a sheet unpacks to ${p.megabytes} MB, more than ${p.max} MB`,
  'file.zipBomb': (p) =>
    `${p.file ?? 'the file'} is too large: ${p.part} unpacks ${count(p.ratio)} times larger, like a zip bomb`,
  'file.unpacksTooLarge': (p) =>
    `${p.file ?? 'the file'} is too large: it unpacks to ${p.megabytes} MB, more than ${p.max} MB`,
  'file.tooManyRows': (p) =>
    `${p.file ?? 'the file'} is too large: its sheets have more than ${count(p.max)} rows`,
  'file.tooManyCells': (p) =>
    `${p.file ?? 'the file'} is too large: its sheets have more than ${count(p.max)} cells`,
  'file.sheetSpan': (p) =>
    `${p.file ?? 'the file'} is too large: the sheet "${p.sheet}" spans ${count(p.rows)} rows and ${count(p.columns)} columns (at most ${count(p.maxRows)} rows and ${count(p.maxCells)} cells)`,
  'file.tableTooLarge': (p) =>
    `${p.file} is too large: more than ${count(p.maxRows)} rows or ${count(p.maxCells)} cells`,
  'file.noSheet': (p) => `${p.file} has no sheet`,
  'file.noLkeSheet': (p) =>
    `the workbook has no sheet "${p.sheet}" (it has ${p.sheets.length ? p.sheets.map((each) => `"${each}"`).join(', ') : 'no sheets'})`,
  'file.notATable': (p) => `${p.file} is neither an .xlsx workbook nor a .csv file`,
  'file.notText': (p) => `${p.file} is not a text file`,
  'file.notLkeLayout': (p) =>
    `the sheet "${p.sheet}" does not have the official layout: only ${p.matched} of ${p.total} questions were found in column G`,
  'file.readTimeout': (p) => `reading it took longer than ${p.seconds} s`,
  'file.readMemory': (p) => `reading it needs more than ${p.megabytes} MB of memory`,
  'file.readFailed': (p) => `it could not be read (${p.detail})`,
  'workbook.invalidAnswers': (p) =>
    `${p.count} ${p.count === 1 ? 'answer' : 'answers'} in the file ${p.count === 1 ? 'is' : 'are'} invalid; nothing was imported.`,

  'evidence.invalid': (p) =>
    `${p.count} upload ${p.count === 1 ? 'field is' : 'fields are'} invalid; nothing was stored.`,
  'evidence.empty': () => 'the file is empty (0 bytes)',
  'evidence.tooLarge': (p) => `a file is at most ${figure(p.megabytes)} MB`,
  'evidence.quota': (p) =>
    `this evaluation's evidence quota is ${figure(p.megabytes)} MB, of which ${figure(p.usedMegabytes)} MB is used`,
  'evidence.type': (p) =>
    `only PDF, images (JPEG, PNG, GIF, WebP) and Word, Excel or PowerPoint documents are accepted${p.detected ? `; this file's content is ${p.detected}` : ''}`,
  'evidence.titleRequired': () => 'a document needs a title',
  'evidence.cutOff': () => 'the upload was cut off before it ended; nothing was stored',
  'evidence.onlyLatest': () =>
    'only the newest revision can be deleted; older ones are the document’s history',
  'evidence.limitRange': (p) => `more than 0 and at most ${figure(p.max)} MB`,
  'evidence.linkExpired': () => 'the download link has expired; open the evidence list again for a new one',
  'evidence.linkInvalid': () => 'the download link is not valid',
  'evidence.missing': () => 'the file is no longer in storage',
  'evidence.storage': () => 'file storage cannot be reached; try again later',

  'grid.readOnly': () => 'this cell cannot be changed',
  'grid.unknownCell': () => 'unknown cell',
  'grid.notANumber': (p) => `a number, not "${p.got}"`,
  'grid.wholeNumber': (p) => `a whole number, not "${p.got}"`,
  'grid.flag': (p) => `Ya or Tidak, not "${p.got}"`,
  'grid.grade': (p) => `SAKIP grade ${list(p.grades)}, not "${p.got}"`,
};
