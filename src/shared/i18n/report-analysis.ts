/**
 * Report strings of the analysis chapters (change, map, drivers, units, comments, method appendix),
 * merged into ./report.ts. A file of their own keeps each catalog short enough to review side by side.
 */
export const analysisEn = {
  // Map chart
  quadrantConcentrate: 'Concentrate here',
  quadrantKeepUp: 'Keep up the good work',
  quadrantLowPriority: 'Low priority',
  quadrantOverkill: 'Possible overkill',
  mapAxisPerformance: 'Performance (index 0–100)',
  mapAxisStated: 'Stated importance (index 0–100)',
  mapAxisDerived: 'Derived importance (share of explained variance, %)',
  mapChartTitle: 'Importance and performance of the touchpoints',
  // Drivers chart
  missingListwise: 'listwise deletion ({excluded} respondents left out)',
  missingPairwise: 'pairwise deletion (n {min}–{max} per pair of questions)',
  driversCaption: 'R² = {r2} · n = {n} · {missing}',
  driversAxisShapley: 'Share of explained variance (Shapley/LMG), %',
  driversAxisRw: 'Share of explained variance (relative weights), %',
  ciLabel: '{level} % interval',
  driversChartTitle: 'What drives {outcome}',
  driversExact: 'Shapley values computed exactly over all subsets of the {p} touchpoints.',
  driversOwen:
    'With {p} touchpoints, too many for all subsets, R² is shared by exact Owen values: first between the {groups} journey stages, then between the touchpoints within each stage.',
  driversSampled:
    'With {p} touchpoints, too many for all subsets, the Shapley values are estimated from {permutations} random orders (seed {seed}); Monte-Carlo standard error at most {se} percentage points.',
  // Units chart
  unitHidden: '{unit} · not shown',
  unitAbove: 'Significantly above the rest',
  unitNoDifference: 'No significant difference',
  unitBelow: 'Significantly below the rest',
  unitsChartTitle: '{question} by {variable}',
  unitsChartCaption:
    'All respondents: {total} · each unit tested against the rest (Welch t test, Benjamini–Hochberg adjusted, 5 %)',
  unitsChartCaptionNps:
    'All respondents: NPS {total} · each unit tested against the rest (z test for NPS differences, Benjamini–Hochberg adjusted, 5 %)',
  unitsChartCaptionNoTotal: 'Each unit tested against the rest (Benjamini–Hochberg adjusted, 5 %)',
  axisNps: 'NPS (−100 to +100)',
  // Change chart
  changeChartTitle: 'What changed since {a}',
  changeCaption:
    'Coloured: significant at {alpha} % ({tests}; p adjusted by Benjamini–Hochberg over {m} comparisons). Lines: 95 % confidence interval.',
  testWelch: 'Welch t test',
  testNpsZ: 'z test for NPS differences',
  testPropZ: 'two-proportion z test',
  changeHidden: '{name} · not shown',
  changeUp: 'Significant rise',
  changeNone: 'No significant change',
  changeDown: 'Significant fall',
  wordingChanged:
    'The question was worded differently in the two waves; the consultant kept it as comparable.',
  axisChangeIndex: 'Change in index points, {a} → {b}',
  axisChangeMean: 'Change in mean, {a} → {b}',
  axisChangeTop2: 'Change in top-2 share, {a} → {b}',
  // Overview additions
  changeLead: 'What changed since {year} – and why',
  changeItemUp: '{name} rose {change} index points, from {a} to {b}',
  changeItemDown: '{name} fell {change} index points, from {a} to {b}',
  changeWhy: '{share} of what explains overall satisfaction (driver {rank} of {count}).',
  changeTest: '{test}, adjusted p {q}',
  changeNoneSignificant:
    'No touchpoint changed significantly since {year} ({tests}, Benjamini–Hochberg adjusted, 5 %).',
  changeMore: '{count} further significant changes: see “What changed since {year}”.',
  kpiSinceSig: '{change} since {year} (significant)',
  kpiSinceNs: '{change} since {year} (not significant)',
  priorityLead: 'Fix these first',
  priorityItem:
    'Importance {importance}, above the touchpoints’ average of {importanceAvg}; performance {performance}, below their average of {performanceAvg}.',
  // Change chapter
  changes: 'Change since last year',
  changesIntro:
    'How each touchpoint moved since {a}. Only changes that pass a significance test after adjusting for the many comparisons are coloured; small moves in grey are within what chance alone produces.',
  colChange: 'Change',
  colQ: 'Adj. p',
  colTest: 'Test',
  // Map chapter
  map: 'Where to act',
  mapIntroStated:
    'Each dot is a touchpoint: how well it performs (across) against how important customers say it is (up). The dashed lines are the averages of the touchpoints. Top left is where customers care most and we deliver least.',
  mapIntroDerived:
    'Each dot is a touchpoint: how well it performs (across) against how much it explains overall satisfaction (up). The study asked no importance questions, so importance is derived from the answers (Shapley share of R²). The dashed lines are the averages of the touchpoints.',
  priorityTitle: 'Priority list',
  priorityNote:
    'Ranked by quadrant (“Concentrate here” first), then by priority score, largest first. Priority (SD) = how far importance is above its line minus how far performance is above its line, each in standard deviations of the touchpoints, so the two axes are comparable.',
  colRank: '#',
  colQuadrant: 'Quadrant',
  colImportance: 'Importance',
  colPerformance: 'Performance',
  colGap: 'Priority (SD)',
  mapSuppressedNote: '{count} touchpoint(s) not shown: fewer than {k} answers.',
  mapCrosshairNote: 'Crosshair lines at importance {importance} and performance {performance}.',
  mapMissingNote: 'Not on the map, as the questionnaire asks no importance for them: {names}.',
  // Drivers chapter
  drivers: 'Key drivers',
  driversIntro:
    'Which touchpoints explain overall satisfaction and the willingness to recommend? Each bar is a touchpoint’s share of what the model explains (R²), shared fairly between touchpoints that go together (Shapley/LMG).',
  driversSat: 'overall satisfaction',
  driversNps: 'the willingness to recommend',
  driversTop: '{name} matters most for {outcome}: {share} of the explained variance.',
  driversHidden: 'Not shown: the analysis rests on fewer than {k} respondents.',
  // Units chapter
  units: 'Units',
  unitsIntro:
    'How each unit of “{variable}” scores, which unit does best at each touchpoint, and how even delivery is across units.',
  unitsTableTitle: 'Best unit per touchpoint',
  colBest: 'Highest unit (n)',
  colWorst: 'Lowest unit (n)',
  colRange: 'Range',
  colSd: 'SD',
  colUnits: 'Units',
  unitsTableNote:
    'Index 0–100, n answers in brackets. * the unit differs significantly from the other units ({test}, Benjamini–Hochberg adjusted p ≤ 0.05); without * the highest or lowest unit may be so by chance and is not called best or weakest. Range and SD: the spread of the units’ index, the smaller the more consistent. Only units shown (at least {k} answers) take part.',
  crossedTitle: '{question}: {rows} by {cols}',
  crossedNote:
    'Index (n answers). – not shown: fewer than {k} answers, or hidden so that a small group cannot be worked out from the totals.',
  colAll: 'All',
  // Comments chapter
  comments: 'In the customers’ words',
  commentsIntro:
    'A selection of the comments, grouped by how likely the writer is to recommend us. Quoted as written; who wrote them is not shown.',
  commentsGroup: '{group} · {shown} of {total} comments',
  commentsHiddenGroup: '{group}: fewer than {k} comments, not shown to protect anonymity.',
  commentsNone: 'No comments were written in this wave.',
  // Method appendix
  methodAppendix: 'Method appendix',
  methodWaves: 'Sample sizes: {list}.',
  methodWaveItem: '{wave}: {n} respondents',
  methodComplementary:
    'When the hidden groups of a table could be worked out from the total by subtraction, the next-smallest group is hidden as well (complementary suppression, Hundepool et al. 2012).',
  methodTests:
    'Significance tests: means and indices by Welch’s t test, shares by the two-proportion z test, NPS by a z test of the difference with the variance above. Where many comparisons are made at once (units, year-on-year changes) the p-values are adjusted by Benjamini–Hochberg (false discovery rate 5 %). A difference is only marked as significant with its test named.',
  methodDrivers:
    'Key drivers: overall satisfaction (and the 0–10 recommendation) regressed on the touchpoints’ ratings. R² is shared between the touchpoints by the Shapley value of R² (LMG: the average gain in R² over every order of entry). {computation} Results for {outcome}: R² = {r2}, n = {n}.',
  methodDriversMissing: 'Missing values in the driver analysis: {missing}.',
  methodMap:
    'Importance–performance map (Martilla & James 1977): performance is the touchpoint’s index; importance is {source}. Crosshairs at the mean of the touchpoints. Priority: first the quadrant (concentrate here, keep up the good work, low priority, possible overkill), then the gap within it. Significance marks and intervals of the change chapter are adjusted alike (Benjamini–Hochberg for the marks, false-coverage-rate intervals to match).',
  methodMapStated: 'the stated-importance question’s index',
  methodMapDerived:
    'derived (Shapley share of R² for overall satisfaction), because the study has no importance questions',
  methodUnweighted: 'Results are unweighted.',
  methodComments:
    'Comments: up to {max} per group, drawn by a fixed rule (spread over the wave, not chosen for tone); very short comments are left out.',
};

export type AnalysisStrings = Record<keyof typeof analysisEn, string>;

export const analysisNb: AnalysisStrings = {
  quadrantConcentrate: 'Konsentrer innsatsen her',
  quadrantKeepUp: 'Fortsett det gode arbeidet',
  quadrantLowPriority: 'Lav prioritet',
  quadrantOverkill: 'Mulig overinnsats',
  mapAxisPerformance: 'Prestasjon (indeks 0–100)',
  mapAxisStated: 'Oppgitt viktighet (indeks 0–100)',
  mapAxisDerived: 'Avledet viktighet (andel forklart varians, %)',
  mapChartTitle: 'Viktighet og prestasjon for kontaktpunktene',
  missingListwise: 'listevis utelatelse ({excluded} respondenter utelatt)',
  missingPairwise: 'parvis utelatelse (n {min}–{max} per spørsmålspar)',
  driversCaption: 'R² = {r2} · n = {n} · {missing}',
  driversAxisShapley: 'Andel forklart varians (Shapley/LMG), %',
  driversAxisRw: 'Andel forklart varians (relative vekter), %',
  ciLabel: '{level} % intervall',
  driversChartTitle: 'Hva driver {outcome}',
  driversExact: 'Shapley-verdiene er beregnet eksakt over alle delmengder av de {p} kontaktpunktene.',
  driversOwen:
    'Med {p} kontaktpunkter, for mange for alle delmengder, fordeles R² med eksakte Owen-verdier: først mellom de {groups} fasene i kundereisen, deretter mellom kontaktpunktene innen hver fase.',
  driversSampled:
    'Med {p} kontaktpunkter, for mange for alle delmengder, er Shapley-verdiene estimert fra {permutations} tilfeldige rekkefølger (frø {seed}); Monte Carlo-standardfeil høyst {se} prosentpoeng.',
  unitHidden: '{unit} · vises ikke',
  unitAbove: 'Signifikant over resten',
  unitNoDifference: 'Ingen signifikant forskjell',
  unitBelow: 'Signifikant under resten',
  unitsChartTitle: '{question} etter {variable}',
  unitsChartCaption:
    'Alle respondenter: {total} · hver enhet testet mot resten (Welch t-test, justert etter Benjamini–Hochberg, 5 %)',
  unitsChartCaptionNps:
    'Alle respondenter: NPS {total} · hver enhet testet mot resten (z-test for NPS-forskjeller, justert etter Benjamini–Hochberg, 5 %)',
  unitsChartCaptionNoTotal: 'Hver enhet testet mot resten (justert etter Benjamini–Hochberg, 5 %)',
  axisNps: 'NPS (−100 til +100)',
  changeChartTitle: 'Hva har endret seg siden {a}',
  changeCaption:
    'Farget: signifikant på {alpha} %-nivå ({tests}; p justert etter Benjamini–Hochberg over {m} sammenligninger). Streker: 95 % konfidensintervall.',
  testWelch: 'Welch t-test',
  testNpsZ: 'z-test for NPS-forskjeller',
  testPropZ: 'z-test for to andeler',
  changeHidden: '{name} · vises ikke',
  changeUp: 'Signifikant økning',
  changeNone: 'Ingen signifikant endring',
  changeDown: 'Signifikant nedgang',
  wordingChanged:
    'Spørsmålet hadde ulik ordlyd i de to målingene; konsulenten har vurdert det som sammenlignbart.',
  axisChangeIndex: 'Endring i indekspoeng, {a} → {b}',
  axisChangeMean: 'Endring i snitt, {a} → {b}',
  axisChangeTop2: 'Endring i topp-2-andel, {a} → {b}',
  changeLead: 'Hva har endret seg siden {year} – og hvorfor',
  changeItemUp: '{name} økte med {change} indekspoeng, fra {a} til {b}',
  changeItemDown: '{name} falt med {change} indekspoeng, fra {a} til {b}',
  changeWhy: '{share} av det som forklarer total tilfredshet (driver {rank} av {count}).',
  changeTest: '{test}, justert p {q}',
  changeNoneSignificant:
    'Ingen kontaktpunkter har endret seg signifikant siden {year} ({tests}, justert etter Benjamini–Hochberg, 5 %).',
  changeMore: '{count} andre signifikante endringer: se «Hva har endret seg siden {year}».',
  kpiSinceSig: '{change} siden {year} (signifikant)',
  kpiSinceNs: '{change} siden {year} (ikke signifikant)',
  priorityLead: 'Forbedre dette først',
  priorityItem:
    'Viktighet {importance}, over snittet for kontaktpunktene på {importanceAvg}; prestasjon {performance}, under snittet deres på {performanceAvg}.',
  changes: 'Endring siden i fjor',
  changesIntro:
    'Hvordan hvert kontaktpunkt har utviklet seg siden {a}. Bare endringer som består en signifikanstest etter justering for de mange sammenligningene, er farget; små utslag i grått er innenfor det tilfeldigheter alene gir.',
  colChange: 'Endring',
  colQ: 'Justert p',
  colTest: 'Test',
  map: 'Hvor bør dere sette inn innsatsen',
  mapIntroStated:
    'Hvert punkt er et kontaktpunkt: hvor godt det fungerer (bortover) mot hvor viktig kundene sier det er (oppover). De stiplede linjene er gjennomsnittet av kontaktpunktene. Øverst til venstre er det kundene bryr seg mest om og dere leverer svakest på.',
  mapIntroDerived:
    'Hvert punkt er et kontaktpunkt: hvor godt det fungerer (bortover) mot hvor mye det forklarer total tilfredshet (oppover). Undersøkelsen stilte ingen spørsmål om viktighet, så viktigheten er avledet fra svarene (Shapley-andel av R²). De stiplede linjene er gjennomsnittet av kontaktpunktene.',
  priorityTitle: 'Prioriteringsliste',
  priorityNote:
    'Rangert etter kvadrant («Konsentrer innsatsen her» først), deretter etter prioritetsskår, størst først. Prioritet (SA) = hvor langt viktigheten ligger over sin linje minus hvor langt prestasjonen ligger over sin, begge i standardavvik blant kontaktpunktene, slik at aksene blir sammenlignbare.',
  colRank: '#',
  colQuadrant: 'Kvadrant',
  colImportance: 'Viktighet',
  colPerformance: 'Prestasjon',
  colGap: 'Prioritet (SA)',
  mapSuppressedNote: '{count} kontaktpunkt(er) vises ikke: færre enn {k} svar.',
  mapCrosshairNote: 'Trådkorset står ved viktighet {importance} og prestasjon {performance}.',
  mapMissingNote: 'Ikke med i kartet, fordi spørreskjemaet ikke spør om viktigheten deres: {names}.',
  drivers: 'Drivere',
  driversIntro:
    'Hvilke kontaktpunkter forklarer total tilfredshet og viljen til å anbefale? Hver søyle er kontaktpunktets andel av det modellen forklarer (R²), fordelt rettferdig mellom kontaktpunkter som henger sammen (Shapley/LMG).',
  driversSat: 'total tilfredshet',
  driversNps: 'viljen til å anbefale',
  driversTop: '{name} betyr mest for {outcome}: {share} av den forklarte variansen.',
  driversHidden: 'Vises ikke: analysen bygger på færre enn {k} respondenter.',
  units: 'Enheter',
  unitsIntro:
    'Hvordan hver enhet i «{variable}» skårer, hvilken enhet som er best på hvert kontaktpunkt, og hvor jevn leveransen er på tvers av enhetene.',
  unitsTableTitle: 'Beste enhet per kontaktpunkt',
  colBest: 'Høyeste enhet (n)',
  colWorst: 'Laveste enhet (n)',
  colRange: 'Spenn',
  colSd: 'SA',
  colUnits: 'Enheter',
  unitsTableNote:
    'Indeks 0–100, antall svar i parentes. * enheten skiller seg signifikant fra de andre enhetene ({test}, p justert etter Benjamini–Hochberg ≤ 0,05); uten * kan høyeste eller laveste enhet være det ved en tilfeldighet og kalles ikke best eller svakest. Spenn og SA: spredningen i enhetenes indeks – jo mindre, desto jevnere. Bare enheter som vises (minst {k} svar), er med.',
  crossedTitle: '{question}: {rows} etter {cols}',
  crossedNote:
    '– vises ikke: færre enn {k} svar, eller skjult slik at en liten gruppe ikke kan regnes ut fra totalene.',
  colAll: 'Alle',
  comments: 'Med kundenes egne ord',
  commentsIntro:
    'Et utvalg av kommentarene, gruppert etter hvor sannsynlig det er at skribenten vil anbefale oss. Gjengitt slik de ble skrevet; hvem som skrev dem, vises ikke.',
  commentsGroup: '{group} · {shown} av {total} kommentarer',
  commentsHiddenGroup: '{group}: færre enn {k} kommentarer, vises ikke av hensyn til anonymiteten.',
  commentsNone: 'Ingen kommentarer ble skrevet i denne målingen.',
  methodAppendix: 'Metodevedlegg',
  methodWaves: 'Utvalgsstørrelser: {list}.',
  methodWaveItem: '{wave}: {n} respondenter',
  methodComplementary:
    'Når de skjulte gruppene i en tabell kan regnes ut fra totalen ved subtraksjon, skjules også den nest minste gruppen (komplementær undertrykking, Hundepool mfl. 2012).',
  methodTests:
    'Signifikanstester: snitt og indekser med Welchs t-test, andeler med z-test for to andeler, NPS med z-test av differansen med variansen over. Der mange sammenligninger gjøres samtidig (enheter, endring fra i fjor), justeres p-verdiene etter Benjamini–Hochberg (falsk oppdagelsesrate 5 %). En forskjell markeres bare som signifikant med testen navngitt.',
  methodDrivers:
    'Drivere: total tilfredshet (og anbefaling 0–10) regrediert på kontaktpunktenes skårer. R² fordeles mellom kontaktpunktene med Shapley-verdien av R² (LMG: gjennomsnittlig økning i R² over alle rekkefølger). {computation} Resultat for {outcome}: R² = {r2}, n = {n}.',
  methodDriversMissing: 'Manglende svar i driveranalysen: {missing}.',
  methodMap:
    'Viktighet–prestasjon-kartet (Martilla & James 1977): prestasjon er kontaktpunktets indeks; viktighet er {source}. Trådkorset ligger på gjennomsnittet av kontaktpunktene. Prioritet: først kvadranten (konsentrer innsatsen her, fortsett det gode arbeidet, lav prioritet, mulig overinnsats), deretter gapet innen den. Signifikansmarkeringer og intervaller i endringskapitlet er justert likt (Benjamini–Hochberg for markeringene, intervaller for falsk dekningsrate som passer til dem).',
  methodMapStated: 'indeksen for spørsmålet om oppgitt viktighet',
  methodMapDerived:
    'avledet (Shapley-andel av R² for total tilfredshet), fordi undersøkelsen ikke har spørsmål om viktighet',
  methodUnweighted: 'Resultatene er uvektet.',
  methodComments:
    'Kommentarer: inntil {max} per gruppe, trukket etter en fast regel (spredt over målingen, ikke valgt ut etter tone); svært korte kommentarer er utelatt.',
};

export const analysisDa: AnalysisStrings = {
  quadrantConcentrate: 'Sæt ind her',
  quadrantKeepUp: 'Fortsæt det gode arbejde',
  quadrantLowPriority: 'Lav prioritet',
  quadrantOverkill: 'Mulig overindsats',
  mapAxisPerformance: 'Præstation (indeks 0–100)',
  mapAxisStated: 'Oplyst vigtighed (indeks 0–100)',
  mapAxisDerived: 'Afledt vigtighed (andel forklaret varians, %)',
  mapChartTitle: 'Vigtighed og præstation for kontaktpunkterne',
  missingListwise: 'listevis udeladelse ({excluded} respondenter udeladt)',
  missingPairwise: 'parvis udeladelse (n {min}–{max} pr. spørgsmålspar)',
  driversCaption: 'R² = {r2} · n = {n} · {missing}',
  driversAxisShapley: 'Andel forklaret varians (Shapley/LMG), %',
  driversAxisRw: 'Andel forklaret varians (relative vægte), %',
  ciLabel: '{level} % interval',
  driversChartTitle: 'Hvad driver {outcome}',
  driversExact: 'Shapley-værdierne er beregnet eksakt over alle delmængder af de {p} kontaktpunkter.',
  driversOwen:
    'Med {p} kontaktpunkter, for mange til alle delmængder, fordeles R² med eksakte Owen-værdier: først mellem de {groups} faser i kunderejsen, derefter mellem kontaktpunkterne inden for hver fase.',
  driversSampled:
    'Med {p} kontaktpunkter, for mange til alle delmængder, er Shapley-værdierne estimeret ud fra {permutations} tilfældige rækkefølger (seed {seed}); Monte Carlo-standardfejl højst {se} procentpoint.',
  unitHidden: '{unit} · vises ikke',
  unitAbove: 'Signifikant over resten',
  unitNoDifference: 'Ingen signifikant forskel',
  unitBelow: 'Signifikant under resten',
  unitsChartTitle: '{question} fordelt på {variable}',
  unitsChartCaption:
    'Alle respondenter: {total} · hver enhed testet mod resten (Welch t-test, justeret efter Benjamini–Hochberg, 5 %)',
  unitsChartCaptionNps:
    'Alle respondenter: NPS {total} · hver enhed testet mod resten (z-test for NPS-forskelle, justeret efter Benjamini–Hochberg, 5 %)',
  unitsChartCaptionNoTotal: 'Hver enhed testet mod resten (justeret efter Benjamini–Hochberg, 5 %)',
  axisNps: 'NPS (−100 til +100)',
  changeChartTitle: 'Hvad har ændret sig siden {a}',
  changeCaption:
    'Farvet: signifikant på {alpha} %-niveau ({tests}; p justeret efter Benjamini–Hochberg over {m} sammenligninger). Streger: 95 % konfidensinterval.',
  testWelch: 'Welch t-test',
  testNpsZ: 'z-test for NPS-forskelle',
  testPropZ: 'z-test for to andele',
  changeHidden: '{name} · vises ikke',
  changeUp: 'Signifikant stigning',
  changeNone: 'Ingen signifikant ændring',
  changeDown: 'Signifikant fald',
  wordingChanged:
    'Spørgsmålet havde forskellig ordlyd i de to målinger; konsulenten har vurderet det som sammenligneligt.',
  axisChangeIndex: 'Ændring i indekspoint, {a} → {b}',
  axisChangeMean: 'Ændring i gennemsnit, {a} → {b}',
  axisChangeTop2: 'Ændring i top-2-andel, {a} → {b}',
  changeLead: 'Hvad har ændret sig siden {year} – og hvorfor',
  changeItemUp: '{name} steg {change} indekspoint, fra {a} til {b}',
  changeItemDown: '{name} faldt {change} indekspoint, fra {a} til {b}',
  changeWhy: '{share} af det, der forklarer den samlede tilfredshed (driver {rank} af {count}).',
  changeTest: '{test}, justeret p {q}',
  changeNoneSignificant:
    'Ingen kontaktpunkter har ændret sig signifikant siden {year} ({tests}, justeret efter Benjamini–Hochberg, 5 %).',
  changeMore: '{count} andre signifikante ændringer: se “Hvad har ændret sig siden {year}”.',
  kpiSinceSig: '{change} siden {year} (signifikant)',
  kpiSinceNs: '{change} siden {year} (ikke signifikant)',
  priorityLead: 'Forbedr dette først',
  priorityItem:
    'Vigtighed {importance}, over kontaktpunkternes gennemsnit på {importanceAvg}; præstation {performance}, under deres gennemsnit på {performanceAvg}.',
  changes: 'Ændring siden sidste år',
  changesIntro:
    'Hvordan hvert kontaktpunkt har udviklet sig siden {a}. Kun ændringer, der består en signifikanstest efter justering for de mange sammenligninger, er farvet; små udsving i gråt ligger inden for, hvad tilfældigheder alene giver.',
  colChange: 'Ændring',
  colQ: 'Justeret p',
  colTest: 'Test',
  map: 'Hvor skal I sætte ind',
  mapIntroStated:
    'Hvert punkt er et kontaktpunkt: hvor godt det fungerer (vandret) mod hvor vigtigt kunderne siger, det er (lodret). De stiplede linjer er gennemsnittet af kontaktpunkterne. Øverst til venstre er det, kunderne går mest op i, og hvor I leverer svagest.',
  mapIntroDerived:
    'Hvert punkt er et kontaktpunkt: hvor godt det fungerer (vandret) mod hvor meget det forklarer den samlede tilfredshed (lodret). Undersøgelsen stillede ingen spørgsmål om vigtighed, så vigtigheden er afledt af svarene (Shapley-andel af R²). De stiplede linjer er gennemsnittet af kontaktpunkterne.',
  priorityTitle: 'Prioriteringsliste',
  priorityNote:
    'Rangeret efter kvadrant (»Sæt ind her« først), derefter efter prioritetsscore, størst først. Prioritet (SA) = hvor langt vigtigheden ligger over sin linje minus hvor langt præstationen ligger over sin, begge i standardafvigelser blandt kontaktpunkterne, så akserne kan sammenlignes.',
  colRank: '#',
  colQuadrant: 'Kvadrant',
  colImportance: 'Vigtighed',
  colPerformance: 'Præstation',
  colGap: 'Prioritet (SA)',
  mapSuppressedNote: '{count} kontaktpunkt(er) vises ikke: færre end {k} svar.',
  mapCrosshairNote: 'Trådkorset står ved vigtighed {importance} og præstation {performance}.',
  mapMissingNote: 'Ikke med på kortet, fordi spørgeskemaet ikke spørger om deres vigtighed: {names}.',
  drivers: 'Drivere',
  driversIntro:
    'Hvilke kontaktpunkter forklarer den samlede tilfredshed og viljen til at anbefale? Hver søjle er kontaktpunktets andel af det, modellen forklarer (R²), fordelt retfærdigt mellem kontaktpunkter, der hænger sammen (Shapley/LMG).',
  driversSat: 'den samlede tilfredshed',
  driversNps: 'viljen til at anbefale',
  driversTop: '{name} betyder mest for {outcome}: {share} af den forklarede varians.',
  driversHidden: 'Vises ikke: analysen bygger på færre end {k} respondenter.',
  units: 'Enheder',
  unitsIntro:
    'Hvordan hver enhed i “{variable}” scorer, hvilken enhed der er bedst på hvert kontaktpunkt, og hvor ensartet leverancen er på tværs af enhederne.',
  unitsTableTitle: 'Bedste enhed pr. kontaktpunkt',
  colBest: 'Højeste enhed (n)',
  colWorst: 'Laveste enhed (n)',
  colRange: 'Spænd',
  colSd: 'SA',
  colUnits: 'Enheder',
  unitsTableNote:
    'Indeks 0–100, antal svar i parentes. * enheden adskiller sig signifikant fra de øvrige enheder ({test}, p justeret efter Benjamini–Hochberg ≤ 0,05); uden * kan højeste eller laveste enhed være det ved en tilfældighed og kaldes ikke bedst eller svagest. Spænd og SA: spredningen i enhedernes indeks – jo mindre, jo mere ensartet. Kun enheder, der vises (mindst {k} svar), indgår.',
  crossedTitle: '{question}: {rows} fordelt på {cols}',
  crossedNote:
    '– vises ikke: færre end {k} svar, eller skjult, så en lille gruppe ikke kan regnes ud fra totalerne.',
  colAll: 'Alle',
  comments: 'Med kundernes egne ord',
  commentsIntro:
    'Et udvalg af kommentarerne, grupperet efter hvor sandsynligt det er, at skribenten vil anbefale os. Gengivet som skrevet; hvem der skrev dem, vises ikke.',
  commentsGroup: '{group} · {shown} af {total} kommentarer',
  commentsHiddenGroup: '{group}: færre end {k} kommentarer, vises ikke af hensyn til anonymiteten.',
  commentsNone: 'Der blev ikke skrevet kommentarer i denne måling.',
  methodAppendix: 'Metodebilag',
  methodWaves: 'Stikprøvestørrelser: {list}.',
  methodWaveItem: '{wave}: {n} respondenter',
  methodComplementary:
    'Når de skjulte grupper i en tabel kan regnes ud fra totalen ved subtraktion, skjules også den næstmindste gruppe (komplementær diskretionering, Hundepool m.fl. 2012).',
  methodTests:
    'Signifikanstest: gennemsnit og indeks med Welchs t-test, andele med z-test for to andele, NPS med z-test af differencen med variansen ovenfor. Hvor mange sammenligninger foretages på én gang (enheder, ændring fra sidste år), justeres p-værdierne efter Benjamini–Hochberg (falsk opdagelsesrate 5 %). En forskel markeres kun som signifikant med testen navngivet.',
  methodDrivers:
    'Drivere: den samlede tilfredshed (og anbefaling 0–10) regresseret på kontaktpunkternes vurderinger. R² fordeles mellem kontaktpunkterne med Shapley-værdien af R² (LMG: den gennemsnitlige stigning i R² over alle rækkefølger). {computation} Resultat for {outcome}: R² = {r2}, n = {n}.',
  methodDriversMissing: 'Manglende svar i driveranalysen: {missing}.',
  methodMap:
    'Vigtighed–præstation-kortet (Martilla & James 1977): præstation er kontaktpunktets indeks; vigtighed er {source}. Trådkorset ligger på gennemsnittet af kontaktpunkterne. Prioritet: først kvadranten (sæt ind her, fortsæt det gode arbejde, lav prioritet, mulig overindsats), derefter gappet inden for den. Signifikansmarkeringer og intervaller i ændringskapitlet er justeret ens (Benjamini–Hochberg for markeringerne, intervaller for falsk dækningsrate, der passer til dem).',
  methodMapStated: 'indekset for spørgsmålet om oplyst vigtighed',
  methodMapDerived:
    'afledt (Shapley-andel af R² for den samlede tilfredshed), fordi undersøgelsen ikke har spørgsmål om vigtighed',
  methodUnweighted: 'Resultaterne er uvægtede.',
  methodComments:
    'Kommentarer: op til {max} pr. gruppe, udtrukket efter en fast regel (spredt over målingen, ikke valgt efter tone); meget korte kommentarer er udeladt.',
};
