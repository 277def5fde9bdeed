/**
 * Common given names across the languages news copy quotes most, lower case and
 * without marks. A capitalised run that opens with one of these is taken for a
 * person's name even when no knowledge entry or cue confirms it ("Sergei Riabkov",
 * "Dustin Johnson"). It is a heuristic, so it only needs the frequent names.
 */
export const givenNames = new Set(
  (
    // English
    'aaron|adam|adrian|alan|albert|alex|alexander|alexandra|alice|alison|amanda|amy|andrea|andrew|' +
    'andy|angela|ann|anna|anne|anthony|antony|arthur|barbara|ben|benjamin|beth|betty|bill|bob|' +
    'boris|brad|brandon|brenda|brian|bruce|bryan|carl|carol|caroline|catherine|charles|charlie|' +
    'charlotte|chris|christina|christine|christopher|chuck|claire|colin|craig|dan|daniel|danny|' +
    'david|deborah|debbie|denis|dennis|diana|diane|donald|donna|doug|douglas|dustin|ed|edward|' +
    'elizabeth|ellen|emily|emma|eric|frank|gary|george|gordon|grace|greg|gregory|hannah|harold|' +
    'harry|heather|helen|henry|hillary|hunter|ian|jack|jacob|jake|james|jamie|jane|janet|jason|' +
    'jeb|jeff|jeffrey|jen|jennifer|jeremy|jerry|jessica|jill|jim|jimmy|joan|joe|john|johnny|' +
    'jon|jonathan|joseph|josh|joshua|joyce|judy|julia|julie|justin|karen|kate|katherine|kathleen|' +
    'kathy|keith|kelly|ken|kenneth|kevin|kim|kyle|larry|laura|lauren|lee|linda|lisa|liz|lloyd|' +
    'louise|lucy|margaret|maria|marie|mark|martha|martin|mary|matt|matthew|megan|melissa|michael|' +
    'michelle|mike|mitch|nancy|nathan|ned|neil|nicholas|nick|nicola|nicole|nikki|oliver|pamela|' +
    'pat|patricia|patrick|paul|pete|peter|philip|phil|rachel|ralph|rand|ray|raymond|rebecca|' +
    'richard|rick|rishi|rob|robert|roger|ron|ronald|rose|roy|russell|ruth|ryan|sally|sam|samantha|' +
    'samuel|sandra|sarah|scott|sean|sharon|shirley|simon|sophie|stephanie|stephen|steve|steven|' +
    'sue|susan|suzanne|ted|teresa|terry|theresa|thomas|tim|timothy|tina|tom|tony|tracy|victoria|' +
    'vincent|walter|wayne|wendy|william|willie|zach|' +
    // French, Italian, Spanish, Portuguese, Catalan
    'alain|antoine|antonio|beatriz|bernard|carlos|chantal|christophe|claude|dominique|' +
    'emmanuel|enrique|esteban|fabien|felipe|fernando|francesco|francisco|francois|franck|gabriel|' +
    'giorgia|giorgio|giovanni|giuseppe|gustavo|ines|isabel|jacques|javier|jean|jorge|jose|josep|' +
    'juan|julien|laurent|luca|lucia|luis|luiz|manuel|marco|marcelo|marine|mario|matteo|miguel|' +
    'nicolas|olivier|pablo|pedro|philippe|pierre|rafael|ricardo|roberto|sergio|silvio|thierry|' +
    'ursula|valerie|xavier|yves|' +
    // German, Dutch, Nordic
    'annalena|christian|dietrich|frank-walter|friedrich|gerhard|hans|heinz|helmut|jens|' +
    'jurgen|karl|klaus|lars|magnus|markus|mette|olaf|sanna|sebastian|sigmar|stefan|ulf|wolfgang|' +
    // Slavic, Baltic, Hungarian
    'aleksandr|aleksei|alexei|alexey|anatoly|andrei|andrey|andrzej|anton|dmitri|dmitry|' +
    'dmytro|evgeny|gennady|igor|ivan|jaroslaw|kirill|konstantin|leonid|mateusz|mikhail|' +
    'natalia|nikolai|oleg|oleksandr|oleksii|olena|olga|petro|ramzan|sergei|sergey|sergiy|serhiy|' +
    'svetlana|tatiana|valentina|valery|viktor|vitali|vitaliy|vladimir|vladislav|volodymyr|' +
    'vyacheslav|yevgeny|yulia|yuri|zbigniew|' +
    // Arabic, Turkish, Persian, South Asian
    'abdel|abdul|abdullah|ahmad|ahmed|ali|amir|ashraf|bashar|ebrahim|fatima|hamad|hassan|hossein|' +
    'hosni|hussein|ibrahim|imran|ismail|javad|khalid|mahmoud|mehmet|mohamed|mohammad|mohammed|' +
    'muhammad|mustafa|narendra|nawaz|omar|rahul|recep|salman|shehbaz|sonia|tayyip|yasser|yusuf|' +
    // East and South-East Asian
    'jong|kishida|li|shinzo|xi|yoon|moon|jacinda|joko|ferdinand|rodrigo'
  ).split('|')
)
