/** What the manual PDF tests read with pdfjs beyond text: painted images and the outline (bookmarks). */
import { AnnotationMode, OPS, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { apply, compose, type Matrix } from './pdf-operators.js';

export { openPdf } from './measure-pdf.js';

export interface ImageBox {
  page: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Every painted image: the unit square through the current matrix, in points from the page's top-left corner. */
export async function imagesOf(pdf: PDFDocumentProxy): Promise<ImageBox[]> {
  const out: ImageBox[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const base = Array.from(page.getViewport({ scale: 1 }).transform) as Matrix;
    const { fnArray, argsArray } = await page.getOperatorList({ annotationMode: AnnotationMode.DISABLE });
    const stack: Matrix[] = [];
    let ctm: Matrix = [1, 0, 0, 1, 0, 0];
    fnArray.forEach((fn, i) => {
      if (fn === OPS.save) stack.push(ctm);
      else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
      else if (fn === OPS.transform) ctm = compose(ctm, Array.from(argsArray[i] as number[]) as Matrix);
      else if (fn === OPS.paintImageXObject) {
        const m = compose(base, ctm);
        const [ax, ay] = apply(m, 0, 0);
        const [bx, by] = apply(m, 1, 1);
        out.push({ page: n, x0: Math.min(ax, bx), x1: Math.max(ax, bx), y0: Math.min(ay, by), y1: Math.max(ay, by) });
      }
    });
    page.cleanup();
  }
  return out;
}

export interface OutlineNode {
  title: string;
  page: number;
  items: OutlineNode[];
}

export async function outlineOf(pdf: PDFDocumentProxy): Promise<OutlineNode[]> {
  type Raw = { title: string; dest: unknown; items: Raw[] };
  const walk = async (items: Raw[]): Promise<OutlineNode[]> =>
    Promise.all(
      items.map(async (o) => {
        const dest = (typeof o.dest === 'string' ? await pdf.getDestination(o.dest) : o.dest) as [{ num: number; gen: number }, ...unknown[]];
        return { title: o.title, page: (await pdf.getPageIndex(dest[0])) + 1, items: await walk(o.items) };
      }),
    );
  return walk(((await pdf.getOutline()) ?? []) as Raw[]);
}
