import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/segment/sentences.js';

const sentences = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('Swedish sentence splitting', () => {
  it.each([
    {
      name: 'plain sentences (seed)',
      text: 'Denna rapport utgör en bilaga till årsredovisningen. Återrapporteringen av detta budgetuppdrag tar sin utgångspunkt i de slutsatser som presenteras i rapporten.',
      expected: [
        'Denna rapport utgör en bilaga till årsredovisningen.',
        'Återrapporteringen av detta budgetuppdrag tar sin utgångspunkt i de slutsatser som presenteras i rapporten.',
      ],
    },
    {
      name: 't.ex.',
      text: 'Flera nämnder lyfter behovet av metodstöd, t.ex. för involveringsprocesser. Vidare lyfts behovet av vägledningar.',
      expected: ['Flera nämnder lyfter behovet av metodstöd, t.ex. för involveringsprocesser.', 'Vidare lyfts behovet av vägledningar.'],
    },
    {
      name: 't.ex. before a capital',
      text: 'Forum finns, t.ex. Malmö stads råd för funktionshinderfrågor. De är rådgivande.',
      expected: ['Forum finns, t.ex. Malmö stads råd för funktionshinderfrågor.', 'De är rådgivande.'],
    },
    {
      name: 'bl.a.',
      text: 'Nämnderna använder bl.a. intern kontroll. Det sker även annat arbete.',
      expected: ['Nämnderna använder bl.a. intern kontroll.', 'Det sker även annat arbete.'],
    },
    {
      name: 'Bl.a. at the start',
      text: 'Bl.a. Kulturnämnden lyfter detta. Andra gör det inte.',
      expected: ['Bl.a. Kulturnämnden lyfter detta.', 'Andra gör det inte.'],
    },
    {
      name: 'dvs. and d.v.s.',
      text: 'Det gäller de nationella minoriteterna, dvs. Judar och romer. Det gäller även andra, d.v.s. Samer. Slut.',
      expected: ['Det gäller de nationella minoriteterna, dvs. Judar och romer.', 'Det gäller även andra, d.v.s. Samer.', 'Slut.'],
    },
    {
      name: 'm.fl. ends a list and the sentence',
      text: 'Samråd hålls med judar, romer m.fl. Det sker årligen.',
      expected: ['Samråd hålls med judar, romer m.fl.', 'Det sker årligen.'],
    },
    {
      name: 'm.fl. inside a sentence',
      text: 'Kulturnämnden m.fl. nämnder har lyft detta.',
      expected: ['Kulturnämnden m.fl. nämnder har lyft detta.'],
    },
    {
      name: 's.k.',
      text: 'Arbetet sker i s.k. Jämlikhetsverkstäder. Dessa startade 2023.',
      expected: ['Arbetet sker i s.k. Jämlikhetsverkstäder.', 'Dessa startade 2023.'],
    },
    {
      name: 'jfr and jfr.',
      text: 'Det finns brister (jfr Alnebratt & Rönnblom 2016). Se även jfr. Candel 2017. Slut.',
      expected: ['Det finns brister (jfr Alnebratt & Rönnblom 2016).', 'Se även jfr. Candel 2017.', 'Slut.'],
    },
    {
      name: 'nr.',
      text: 'Se beslut nr. 5 från mötet. Det antogs.',
      expected: ['Se beslut nr. 5 från mötet.', 'Det antogs.'],
    },
    {
      name: 'kap.',
      text: 'Enligt 3 kap. 5 § kommunallagen gäller detta. Nästa mening.',
      expected: ['Enligt 3 kap. 5 § kommunallagen gäller detta.', 'Nästa mening.'],
    },
    {
      name: 'ca.',
      text: 'Det berör ca. 2000 barn. Antalet ökar.',
      expected: ['Det berör ca. 2000 barn.', 'Antalet ökar.'],
    },
    {
      name: 'resp.',
      text: 'Handlingsplaner mot islamofobi resp. Afrofobi tas fram. De är klara 2024.',
      expected: ['Handlingsplaner mot islamofobi resp. Afrofobi tas fram.', 'De är klara 2024.'],
    },
    {
      name: 'fr.o.m. and t.o.m.',
      text: 'Projektet pågår fr.o.m. 2023 t.o.m. 2026. Det delfinansieras av ESF.',
      expected: ['Projektet pågår fr.o.m. 2023 t.o.m. 2026.', 'Det delfinansieras av ESF.'],
    },
    {
      name: 'o.s.v. ends the sentence before a capital',
      text: 'Det gäller kön, ålder, religion o.s.v. Alla grunder omfattas.',
      expected: ['Det gäller kön, ålder, religion o.s.v.', 'Alla grunder omfattas.'],
    },
    {
      name: 'm.m. before lower case does not end it',
      text: 'Utbildningar m.m. har genomförts under året.',
      expected: ['Utbildningar m.m. har genomförts under året.'],
    },
    {
      name: 'p.g.a.',
      text: 'Det sker p.g.a. Brister i data. Slut.',
      expected: ['Det sker p.g.a. Brister i data.', 'Slut.'],
    },
    {
      name: 'enl.',
      text: 'Arbetet sker enl. Policyn för mänskliga rättigheter. Slut.',
      expected: ['Arbetet sker enl. Policyn för mänskliga rättigheter.', 'Slut.'],
    },
    {
      name: 's. (page)',
      text: 'Se rapporten s. 12 för detaljer. Där framgår det.',
      expected: ['Se rapporten s. 12 för detaljer.', 'Där framgår det.'],
    },
    {
      name: 'kl.',
      text: 'Mötet börjar kl. 15.05 i Teams. Det slutar kl. 15.15.',
      expected: ['Mötet börjar kl. 15.05 i Teams.', 'Det slutar kl. 15.15.'],
    },
    {
      name: 'a date ending a sentence',
      text: 'Kommunstyrelsens arbetsutskott sammanträder 2024-04-29. Kommunstyrelsen sammanträder 2024-05-07.',
      expected: ['Kommunstyrelsens arbetsutskott sammanträder 2024-04-29.', 'Kommunstyrelsen sammanträder 2024-05-07.'],
    },
    {
      name: 'a year ending a sentence (seed)',
      text: 'Budgetuppdraget har samordnats med uppföljningen i årsredovisningen för 2023. Uppföljningen resulterade i en rapport.',
      expected: ['Budgetuppdraget har samordnats med uppföljningen i årsredovisningen för 2023.', 'Uppföljningen resulterade i en rapport.'],
    },
    {
      name: 'a list number at the start',
      text: '1. Kommunfullmäktige godkänner återrapporteringen.',
      expected: ['1. Kommunfullmäktige godkänner återrapporteringen.'],
    },
    {
      name: 'a numbered question with two sentences (seed)',
      text: '1. Hur arbetar ni systematiskt för att säkerställa implementering? Om ni inte har ett aktivt systematiskt arbete i nuläget, hur planerar ni för att utveckla det framåt?',
      expected: [
        '1. Hur arbetar ni systematiskt för att säkerställa implementering?',
        'Om ni inte har ett aktivt systematiskt arbete i nuläget, hur planerar ni för att utveckla det framåt?',
      ],
    },
    {
      name: '§ numbers',
      text: 'Ärendet behandlades under § 202. Beslutet justerades.',
      expected: ['Ärendet behandlades under § 202.', 'Beslutet justerades.'],
    },
    {
      name: 'initials',
      text: 'Tjänsteskrivelsen är undertecknad av A. Norbrant och P.-E. Ebbeståhl. Den skickades i april.',
      expected: ['Tjänsteskrivelsen är undertecknad av A. Norbrant och P.-E. Ebbeståhl.', 'Den skickades i april.'],
    },
    {
      name: 'closing quote and parenthesis after the period',
      text: 'Policyn heter ”Policy för mänskliga rättigheter.” Den antogs 2022. (Se STK-2022-950.) Arbetet pågår.',
      expected: ['Policyn heter ”Policy för mänskliga rättigheter.”', 'Den antogs 2022.', '(Se STK-2022-950.)', 'Arbetet pågår.'],
    },
    {
      name: 'å, ä and ö are letters: an abbreviation check never breaks inside Öppna',
      text: 'Satsningen Öppna Malmö är stadens arbete. Även kulturförvaltningen deltar.',
      expected: ['Satsningen Öppna Malmö är stadens arbete.', 'Även kulturförvaltningen deltar.'],
    },
  ])('$name', ({ text, expected }) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('shifts spans by the offset and trims spaces', () => {
    expect(splitSentences('  Ett. Två.  ', 100)).toEqual([
      { start: 102, end: 106 },
      { start: 107, end: 111 },
    ]);
  });
});
