import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { intlLocale } from '../../shared/date-style.ts';
import type { UiLocale } from '../../shared/locales.ts';
import { signatureSheetTexts } from './signature-sheet-texts.ts';

/**
 * Draws the signature sheet (pdfkit). One font only, DejaVu Sans, embedded: it has every letter of
 * the four languages (Romanian ș ț, Hungarian ő ű), which the PDF standard fonts lack.
 */
const FONT = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');

export interface SignatureSheetLine {
  id: string;
  displayName: string;
  organisation: string | null;
  city: string | null;
  country: string;
}

export interface SignatureSheetData {
  lang: UiLocale;
  title: string;
  timeZone: string;
  startsAt: Date;
  endsAt: Date;
  /** Host city and venue; null online. */
  place: string | null;
  /** The local day the sheet is for; null: left blank to be written in. */
  day: string | null;
  lines: SignatureSheetLine[];
}

// A4 landscape, in points.
const MARGIN = 36;
const PAGE = { width: 841.89, height: 595.28 };
const ROW = 26;
const FOOTER = 46;
const COLUMNS = [
  { key: 'number', width: 30 },
  { key: 'name', width: 170 },
  { key: 'organisation', width: 190 },
  { key: 'city', width: 110 },
  { key: 'country', width: 52 },
  { key: 'signature', width: 217.89 },
] as const;

function formatRange(data: SignatureSheetData) {
  const f = new Intl.DateTimeFormat(intlLocale(data.lang), {
    timeZone: data.timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return `${f.format(data.startsAt)} – ${f.format(data.endsAt)} (${data.timeZone})`;
}

const formatDay = (day: string, lang: UiLocale) =>
  new Intl.DateTimeFormat(intlLocale(lang), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );

/** The sheet as PDF bytes. `compress: false` leaves the content streams readable (tests). */
export function renderSignatureSheet(data: SignatureSheetData, options: { compress?: boolean } = {}): Promise<Buffer> {
  const t = signatureSheetTexts[data.lang];
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    bufferPages: true,
    compress: options.compress ?? true,
    info: { Title: `${t.title}: ${data.title}`, Creator: 'Pontis' },
    lang: data.lang,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font(FONT);

  const cell = (text: string, x: number, y: number, width: number, size = 9) =>
    doc.fontSize(size).text(text, x + 3, y + (ROW - size) / 2 - 1, { width: width - 6, height: size + 3, lineBreak: false, ellipsis: true });

  const header = () => {
    let y = MARGIN;
    doc.fontSize(15).text(data.title, MARGIN, y, { width: PAGE.width - 2 * MARGIN, height: 20, ellipsis: true, lineBreak: false });
    y += 22;
    doc.fontSize(10).text(`${t.title}  ·  ${t.date}: ${formatRange(data)}  ·  ${t.place}: ${data.place ?? t.online}`, MARGIN, y, {
      width: PAGE.width - 2 * MARGIN,
      lineBreak: false,
      ellipsis: true,
    });
    y += 16;
    doc.fontSize(11).text(`${t.day}: ${data.day ? formatDay(data.day, data.lang) : '_______________________'}`, MARGIN, y);
    y += 20;
    // Column headings, repeated on every page.
    let x = MARGIN;
    doc
      .rect(MARGIN, y, PAGE.width - 2 * MARGIN, ROW)
      .fillAndStroke('#eeeeee', '#000000')
      .fillColor('#000000');
    for (const c of COLUMNS) {
      cell(t[c.key], x, y, c.width, 9);
      x += c.width;
    }
    return y + ROW;
  };

  let y = header();
  if (!data.lines.length) doc.fontSize(10).text(t.none, MARGIN, y + 8);
  data.lines.forEach((line, i) => {
    if (y + ROW > PAGE.height - MARGIN - FOOTER) {
      doc.addPage();
      y = header();
    }
    const values = [String(i + 1), line.displayName, line.organisation ?? '', line.city ?? '', line.country, ''];
    let x = MARGIN;
    COLUMNS.forEach((c, k) => {
      doc.rect(x, y, c.width, ROW).stroke();
      cell(values[k]!, x, y, c.width);
      x += c.width;
    });
    y += ROW;
  });

  // The funder's note and the page numbers, on every page once the number of pages is known.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const footY = PAGE.height - MARGIN - FOOTER + 8;
    doc.fontSize(8).text(t.note, MARGIN, footY, { width: PAGE.width - 2 * MARGIN - 90, height: 30 });
    doc.fontSize(8).text(t.page(i + 1, range.count), PAGE.width - MARGIN - 85, footY, { width: 85, align: 'right', lineBreak: false });
  }
  doc.end();
  return done;
}
