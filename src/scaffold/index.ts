/** `gongwen new` as a library: blank documents and last year's documents moved to a new year. */
export { advanceFolder } from './advance-folder.js';
export { advanceYears, type AdvancedText } from './advance-years.js';
export { KINDS, type Kind } from './blank-documents.js';
export { formatReview, type ReviewItem, type ReviewKind, type ScaffoldResult } from './review.js';
export { ScaffoldError } from './scaffold-error.js';
export { scaffoldNew, type ScaffoldOptions } from './scaffold-new.js';
