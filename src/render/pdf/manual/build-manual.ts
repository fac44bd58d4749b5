/**
 * A guidance manual (指导手册, 图鉴) as PDF: the cover, 前言 and 目录 (numbered I, II …), then
 * the chapters (numbered from 1). The chapters are composed first, in a flow of their own, so
 * the 目录 is set knowing every target's page; the front then takes the chapters' pages on.
 * The outline lists 前言, 目录 and the chapters with their sections.
 */
import type { Manual } from '../../../ir/manual.js';
import type { FontSet } from '../../../layout/fonts.js';
import { collect, layOut, marginsFor, type PdfResult } from '../build.js';
import { addBlocks } from '../compose-blocks.js';
import { Flow } from '../flow.js';
import { composeChapters } from './compose-chapters.js';
import { composeCover } from './compose-cover.js';
import { addPageTitle } from './compose-title.js';
import { composeToc } from './compose-toc.js';
import { createManualContext } from './context.js';
import { pageFurniture } from './page-furniture.js';

/** An outline entry reads 前言, not the spaced-out 前　言 of the printed title. */
const unspaced = (title: string) => title.replace(/\s/g, '');

export async function buildManualPdf(manual: Manual, fonts: FontSet): Promise<PdfResult> {
  const ctx = createManualContext(fonts, manual.paper);
  const { frontTitles } = ctx.style;
  const chapters = composeChapters(ctx, manual.chapters);

  const flow = new Flow(ctx);
  composeCover(ctx, flow, manual);
  if (manual.preface) {
    addPageTitle(ctx, flow, frontTitles.preface, manual.position, { id: 'preface', text: unspaced(frontTitles.preface) });
    addBlocks(ctx, flow, manual.preface);
  }
  addPageTitle(ctx, flow, frontTitles.toc, manual.position, { id: 'toc', text: unspaced(frontTitles.toc) });
  composeToc(ctx, flow, manual.toc, chapters.pages, manual.position);
  const frontPages = flow.append(chapters.flow);

  const furniture = pageFurniture(ctx, manual.title, frontPages, manual.position);
  const { year, month, day } = manual.meta.date;
  const pdf = await layOut(fonts, {
    pageSize: { width: ctx.grid.pageWidth, height: ctx.grid.pageHeight },
    pageMargins: marginsFor(ctx, 'portrait'),
    content: flow.nodes,
    background: (page: number) => [...furniture(page), ...(flow.placed.get(page) ?? [])],
    defaultStyle: { font: ctx.profile.body.role, fontSize: ctx.profile.body.size },
    info: {
      title: manual.title,
      author: manual.meta.author,
      creator: 'gongwen',
      producer: 'gongwen',
      creationDate: new Date(Date.UTC(year, month - 1, day)),
    },
  });
  // Counted before collect() ends the document, which empties the page buffer.
  const pages = pdf.bufferedPageRange().count;
  return { bytes: await collect(pdf), diagnostics: ctx.diagnostics, pages };
}
