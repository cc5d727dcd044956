import { readFile } from 'node:fs/promises';
import PDFDocument from 'pdfkit';
import type { Translate } from '../../platform/i18n';
import { fromRoot } from '../../platform/paths';
import { hoursLabel, type CertificateView } from './certificate-view';

/** The sentences printed on the PDF, in the visitor's language. */
export interface CertificatePdfText {
  heading: string;
  certifies: string;
  completed: string;
  details: string;
  date: string;
  verify: string;
}

interface Fonts {
  regular: Buffer;
  bold: Buffer;
}

const INK = '#1f2a37';
const ACCENT = '#1b5e7a';
const MUTED = '#52606d';

let fonts: Promise<Fonts> | undefined;

/** DejaVu Sans, read once: the PDF standard fonts have no Greek or Cyrillic letters. */
function loadFonts(): Promise<Fonts> {
  fonts ??= Promise.all([
    readFile(fromRoot('assets', 'fonts', 'DejaVuSans.ttf')),
    readFile(fromRoot('assets', 'fonts', 'DejaVuSans-Bold.ttf')),
  ]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      fonts = undefined; // let a later request try again
      throw error;
    },
  );
  return fonts;
}

/** The printed sentences for a certificate, from the `certificates` namespace. */
export function certificatePdfText(view: CertificateView, t: Translate): CertificatePdfText {
  const hours = hoursLabel(view, t);
  return {
    heading: t('certificates:heading'),
    certifies: t('certificates:certifies'),
    completed: t('certificates:completed'),
    details: t('certificates:pdf.details', { score: view.score, hours, version: view.version }),
    date: t('certificates:pdf.date', { date: view.date }),
    verify: t('certificates:pdf.verify'),
  };
}

function draw(doc: PDFKit.PDFDocument, view: CertificateView, text: CertificatePdfText): void {
  const { width, height } = doc.page;
  doc
    .lineWidth(3)
    .strokeColor(ACCENT)
    .rect(24, 24, width - 48, height - 48)
    .stroke();
  doc
    .lineWidth(0.75)
    .rect(33, 33, width - 66, height - 66)
    .stroke();
  const x = 90;
  const box = { width: width - 2 * x, align: 'center' as const };
  doc
    .font('bold')
    .fontSize(13)
    .fillColor(ACCENT)
    .text('TESSERA', x, 95, { ...box, characterSpacing: 4 });
  doc.moveDown(1).fontSize(30).fillColor(INK).text(text.heading, box);
  doc.moveDown(0.8).font('regular').fontSize(14).fillColor(MUTED).text(text.certifies, box);
  // Name and title are cut with an ellipsis rather than pushed into the footer.
  doc
    .moveDown(0.4)
    .font('bold')
    .fontSize(28)
    .fillColor(INK)
    .text(view.learnerName, { ...box, height: 72, ellipsis: true });
  doc.moveDown(0.4).font('regular').fontSize(14).fillColor(MUTED).text(text.completed, box);
  doc
    .moveDown(0.4)
    .font('bold')
    .fontSize(20)
    .fillColor(INK)
    .text(view.title, { ...box, height: 56, ellipsis: true });
  doc.moveDown(1).font('regular').fontSize(12).fillColor(INK).text(text.details, box);
  doc.moveDown(0.3).text(text.date, box);
  doc
    .font('regular')
    .fontSize(10)
    .fillColor(MUTED)
    .text(text.verify, x, height - 105, box);
  doc.fillColor(ACCENT).text(view.verificationUrl, { ...box, link: view.verificationUrl, underline: true });
}

/** A4 landscape certificate with the learner's name, module, date, score and verification URL. */
export async function renderCertificatePdf(
  view: CertificateView,
  text: CertificatePdfText,
  language: string,
): Promise<Buffer> {
  const { regular, bold } = await loadFonts();
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    lang: language,
    info: { Title: `${text.heading}: ${view.title}`, Author: 'Tessera', Subject: view.title },
  });
  doc.registerFont('regular', regular).registerFont('bold', bold);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    doc.on('error', reject);
  });
  draw(doc, view, text);
  doc.end();
  return done;
}
