// Common Swedish given names, lower-case: used only to find the word break in a letter-spaced
// signature whose spaces the PDF text lost (`S T E N N O R D S T R Ö M` → `Sten Nordström`).
// A general list of frequent names (all generations), not names taken from any document.

const NAMES = `
adam adrian agnes agneta ahmed ali alexander alexandra alf alice alicia alma amanda amelia amir
ana anders andreas andrea angelica angelika anita ann anna anne anneli annelie annika anton arne
arvid astrid axel barbro beata bengt benjamin bernt berit bertil birgitta björn bo britt britta
camilla carin carina carl carola caroline catarina cecilia charlotta charlotte christer christian
christina christoffer clara claes daniel david dennis dragan ebba edvin eje elias elin elisabet elisabeth
ella ellen elsa emelie emil emilia emma emmy erik erika eva evelina ewa felicia filip fredrik fredrika
frida gabriel gerd gert gitte gun gunilla gunnar gustaf gustav göran gösta hampus hanna hannah hans
harald hasse hedvig helen helena helene henrik henrika hugo ibrahim ida inga inge ingela ingemar
inger ingrid irene isabella isak jacob jakob jan jana jenny jens jessica joakim johan johanna john
jonas jonatan jonathan josef josefin josefine julia kajsa karin karina karl karolina katarina kathrin
katrin kenneth kerstin kim kjell klara kristian kristin kristina kristoffer lars lasse lena lennart
leo leon lilian lina linda linn linnea linnéa lisa lisbeth liv lotta louise ludvig magdalena magnus
maja malin marcus margareta maria marianne marie marika markus martin mats mattias max maximilian
mia mikael mikaela milla mohamed mohammed monica monika mona nadja niklas nils nina noah nora
olle olof oliver olivia oscar oskar ove patrik per peter petra petter pia pontus rasmus rebecca
rebecka robert robin roger roland rolf ronja rosa rut ruth sam samuel sandra sara selma sebastian
simon sixten sofia sofie sonja stefan sten stig susanne svante sven tanja thomas tilda tim tina
tobias tomas tommy torbjörn tord tove ulf ulla ulrika urban valter vera veronica veronika victor
victoria viktor viktoria vilhelm vilma wilhelm william yasmin yvonne åsa åke örjan östen
`;

export const GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter((n) => n.length > 0));
