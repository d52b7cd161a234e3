export { readPdf, MAX_PAGES } from "./read-pdf";
