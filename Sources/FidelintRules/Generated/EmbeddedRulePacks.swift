// GENERATED FILE. DO NOT EDIT. Run Scripts/embed-rule-packs after changing Rules/.

/// The shipped rule packs, embedded so that the binary works without the Rules/ folder.
/// Each entry is (path relative to Rules/, file contents); the path's folder is the pack name.
enum EmbeddedRulePacks {
    static let files: [(path: String, contents: String)] = [
        ("assistant-residue/ai_self_reference.yml", #"""
id: ai_self_reference
name: AI Self-Reference
summary: The text identifies itself as an AI model speaking in the first person.
category: assistant-residue
severity: error
origin: >-
  ../shared/cases/TAXONOMY.md §3 ai_self_reference (The Verge 2023; NewsGuard content-farm pages); issue 14
  capability 1: "as an AI" × a first-person clause, "I'm just an AI", in English, Spanish, French, German,
  Portuguese and Italian. A story about AI models (the noun without the first person) stays silent.
message: "AI self-reference in the article: {match}"
skip: [quotations, code]
page_residue: true
extended: true
pattern: |
  (?(DEFINE)
    (?<ai_en> (?:an?\s+)?(?:ai|artificial\s+intelligence)(?:\s+(?:language\s+model|assistant|model|chatbot|system|writing\s+assistant))? | an?\s+(?:large\s+)?language\s+model | an?\s+(?:virtual|digital)\s+assistant | a\s+chatbot )
    (?<ai_es> (?:un\s+|una\s+)?(?:modelo\s+(?:de\s+(?:lenguaje|ia|inteligencia\s+artificial)|ling[üu][íi]stico)|asistente\s+(?:virtual|de\s+ia)|ia|inteligencia\s+artificial)(?:\s+(?:de|di|da|do|d['’])\s*(?:ia|ai|la\s+ia|l['’]ia|inteligencia\s+artificial|intelligence\s+artificielle|intelig[êe]ncia\s+artificial|intelligenza\s+artificiale|openai|google))? )
    (?<ai_fr> (?:un\s+|une\s+)?(?:mod[eè]le\s+(?:de\s+langage|linguistique|d['’]ia|d['’]intelligence\s+artificielle)|assistant\s+(?:virtuel|ia|d['’]ia)|ia|intelligence\s+artificielle)(?:\s+(?:de|di|da|do|d['’])\s*(?:ia|ai|la\s+ia|l['’]ia|inteligencia\s+artificial|intelligence\s+artificielle|intelig[êe]ncia\s+artificial|intelligenza\s+artificiale|openai|google))? )
    (?<ai_de> (?:eine?\s+)?(?:ki|k[üu]nstliche\s+intelligenz|(?:ki-)?sprachmodell|ki-assistent(?:in)?|chatbot) )
    (?<ai_pt> (?:um\s+|uma\s+)?(?:modelo\s+(?:de\s+(?:linguagem|ia|intelig[êe]ncia\s+artificial)|lingu[íi]stico)|assistente\s+(?:virtual|de\s+ia)|ia|intelig[êe]ncia\s+artificial)(?:\s+(?:de|di|da|do|d['’])\s*(?:ia|ai|la\s+ia|l['’]ia|inteligencia\s+artificial|intelligence\s+artificielle|intelig[êe]ncia\s+artificial|intelligenza\s+artificiale|openai|google))? )
    (?<ai_it> (?:un\s+|una\s+|un['’])?(?:modello\s+(?:(?:di|del)\s+linguaggio|linguistico|di\s+(?:ia|intelligenza\s+artificiale))|assistente\s+(?:virtuale|ia|ai)|ia|intelligenza\s+artificiale)(?:\s+(?:de|di|da|do|d['’])\s*(?:ia|ai|la\s+ia|l['’]ia|inteligencia\s+artificial|intelligence\s+artificielle|intelig[êe]ncia\s+artificial|intelligenza\s+artificiale|openai|google))? )
  )
  (?: \bas\s+(?&ai_en)(?:\s+(?:developed|created|trained|built|made)\s+by\s+[\w.-]+)?,?\s+i\b
    | \bi(?:['’]m|\s+am)\s+(?:just\s+|only\s+|merely\s+|simply\s+)?(?&ai_en)\b
    | \bi\s+(?:don['’]t|do\s+not)\s+have\s+(?:personal\s+)?(?:opinions|feelings|emotions|beliefs|preferences|personal\s+experiences)\b
    | (?:^|[.!?:]\s+|,\s*)como\s+(?&ai_es),?\s+(?:yo\s+)?(?:no|puedo|tengo|debo|carezco|soy)\b
    | \bsoy\s+(?:solo\s+|s[oó]lo\s+|simplemente\s+)?(?:un\s+|una\s+)(?:modelo\s+de\s+lenguaje|asistente\s+(?:virtual|de\s+ia)|ia|inteligencia\s+artificial)\b
    | \ben\s+tant\s+qu(?:e\s+|['’]\s*)(?&ai_fr),?\s+(?:je|j['’])
    | \bje\s+(?:suis|ne\s+suis\s+qu['’])\s*(?:(?:simplement|seulement)\s+)?(?:un\s+|une\s+)(?:mod[eè]le\s+de\s+langage|assistant\s+(?:virtuel|ia|d['’]ia)|ia|intelligence\s+artificielle)\b
    | \bals\s+(?&ai_de),?\s+(?:habe|kann|bin|besitze|verf[üu]ge|darf|m[öo]chte)\s+ich\b
    | \bich\s+bin\s+(?:nur\s+|lediglich\s+|bloß\s+)?(?:eine\s+ki|ein\s+(?:ki-)?sprachmodell|ein\s+ki-assistent|eine\s+k[üu]nstliche\s+intelligenz)\b
    | (?:^|[.!?:]\s+|,\s*)como\s+(?&ai_pt),?\s+(?:eu\s+)?(?:n[ãa]o|posso|tenho|sou|devo)\b
    | \bsou\s+(?:apenas\s+|s[óo]\s+)?(?:um\s+|uma\s+)(?:modelo\s+de\s+linguagem|assistente\s+(?:virtual|de\s+ia)|ia|intelig[êe]ncia\s+artificial)\b
    | (?:^|[.!?:]\s+|,\s*)come\s+(?&ai_it),?\s+(?:io\s+)?(?:non|posso|ho|sono|devo)\b
    | \bsono\s+(?:solo\s+|soltanto\s+|semplicemente\s+)?(?:un\s+|un['’]\s*)(?:modello\s+(?:di|del)\s+linguaggio|assistente\s+(?:virtuale|ia|ai)|ia|intelligenza\s+artificiale)\b
  )
prefilter: ['\bai\b', '\bia\b', '\bki\b', '\bki-', '\blanguage', '\blangage', '\blenguaje', '\blinguagem', '\blinguaggio', '\bsprachmodell', '\bassistant', '\basistente', '\bassistente', '\bintelligen', '\bintelig', '\bchatbot', '\bmod', '\bopinions', '\bfeelings', '\bemotions', '\bbeliefs', '\bpreferences', '\bexperiences', '\bartificial']
starts: ['^', '\bas', '\bi''', '\bi’', '\bi\s', '\bcom', '\bsoy', '\ben', '\bje', '\bals', '\bich', '\bsou', '\bsono', '.\s', '!\s', '?\s', ':\s', ',\s', ',c']
examples:
  triggering:
    - |
      The kettle boils a litre in four minutes.
      ↓As an AI language model, I have not used this kettle myself.
    - |
      ↓I'm an AI assistant and don't have personal experience of the hotel.
    - |
      ↓I'm just an AI, so I can't taste the wine.
    - |
      ↓Como modelo de lenguaje, no tengo acceso a los datos del ayuntamiento.
    - |
      ↓En tant qu'IA, je ne peux pas vérifier ces chiffres.
    - |
      ↓Als KI habe ich keinen Zugang zu den Polizeiberichten.
    - |
      ↓Como modelo de linguagem, não tenho acesso aos boletins.
    - |
      ↓Come modello di linguaggio, non posso confermare i dati.
  non_triggering:
    - |
      The company released an AI language model that writes news summaries.
      Critics said the model invents facts.
    - |
      The message read "As an AI language model, I cannot help with that", users reported.
    - |
      The phrase 'as an AI language model' has turned up in product reviews.
    - |
      La empresa presentó lo que describe como una IA capaz de resumir noticias.

"""#),
        ("assistant-residue/assistant_apology.yml", #"""
id: assistant_apology
name: Assistant Apology
summary: A chat reply's apology to the requester for its own earlier turn ("I apologize for the confusion earlier") is published with the article.
category: assistant-residue
severity: error
repair: sentence
origin: >-
  issue 14 capability 1 (apology openers of the chat envelope); ../shared/cases/TAXONOMY.md §4 refusal and
  cross-cutting rule 4 (first person singular speaking to the requester): apology × confusion or
  oversight noun, or "you're right" × a correction, with word lists for English, Spanish, French,
  German, Portuguese and Italian. A newsroom's "We apologise for any inconvenience" stays silent.
message: "Assistant apology to the requester published with the article: {match}"
skip: [quotations, code]
extended: true
pattern: |
  (?(DEFINE)
    (?<slip> confusion|oversight|misunderstanding|error|mistake|omission|mix-up|inaccuracy|inconsistency)
  )
  (?: \b(?:i\s+(?:sincerely\s+)?apologi[sz]e|(?:my\s+)?(?:sincere\s+)?apologies|sorry)\s+(?:for|about)\s+(?:the|any|my|that|this)\s+(?:\w+\s+)?(?&slip)s?\b [^.\n]*
    | \b(?:you['’]re|you\s+are)\s+(?:absolutely\s+|completely\s+|quite\s+)?right[!,.]\s+(?:i|my|thank|thanks|sorry)\b [^.\n]*
    | \bthank(?:s|\s+you)\s+for\s+(?:pointing\s+(?:that|this)\s+out|catching\s+(?:that|this|the))\b [^.\n]*
    # Spanish
    | \b(?:pido\s+disculpas|mis\s+disculpas|disculpa|disculpe|perd[oó]n|lo\s+siento)\s+por\s+(?:la|el|cualquier|esta|este|mi)\s+(?:confusi[oó]n|error|malentendido|omisi[oó]n|descuido)\b [^.\n]*
    # French
    | \b(?:je\s+m['’]excuse|je\s+vous\s+prie\s+de\s+m['’]excuser|(?:toutes\s+)?mes\s+excuses|d[ée]sol[ée]e?)\s+pour\s+(?:la|l['’]|cette|toute|mon|ma)\s*(?:confusion|erreur|malentendu|oubli|omission)\b [^.\n]*
    # German
    | \b(?:ich\s+entschuldige\s+mich|entschuldigung|entschuldige|es\s+tut\s+mir\s+leid)\s+f[üu]r\s+(?:die|das|den|meinen|meine|mein)\s+(?:verwirrung|missverst[äa]ndnis|fehler|versehen)\b [^.\n]*
    # Portuguese
    | \b(?:pe[çc]o\s+desculpas|minhas\s+desculpas|desculpe|desculpa|perd[ãa]o)\s+(?:pela|pelo|por\s+qualquer)\s+(?:confus[ãa]o|erro|mal-entendido|omiss[ãa]o|descuido)\b [^.\n]*
    # Italian
    | \b(?:mi\s+scuso|chiedo\s+scusa|scusa(?:mi)?|scusate|mi\s+dispiace)\s+per\s+(?:la|il|l['’]|lo|questa|questo|qualsiasi|ogni)\s*(?:confusione|errore|equivoco|malinteso|svista|omissione)\b [^.\n]*
  )
prefilter: ['\bconfus', '\boversight', '\bmisunderstanding', '\berror', '\bmistake', '\bomission', '\bmix-up', '\binaccurac', '\binconsistenc', '\bright\b', '\bpointing', '\bcatching', '\bmalentendido', '\bomisi', '\bdescuido', '\berreur', '\bmalentendu', '\boubli', '\bverwirrung', '\bmissverst', '\bfehler', '\bversehen', '\berro\b', '\bmal-entendido', '\bomiss', '\bequivoco', '\bmalinteso', '\bsvista']
starts: ['\bi\s', '\bmy', '\bsincere', '\bapologies', '\bsorry', '\byou', '\bthank', '\bpido', '\bmis', '\bdisculp', '\bperd', '\blo', '\bje', '\btoutes', '\bmes', '\bdes', '\bd\u', '\bich', '\bentschuldig', '\bes', '\bpe', '\bminhas', '\bmi', '\bchiedo', '\bscus']
examples:
  triggering:
    - |
      ↓I apologize for the confusion earlier. The corrected figures are below.

      Turnout was 41 percent.
    - |
      ↓You're absolutely right, I mixed up the two council wards.
    - |
      ↓Pido disculpas por el error en la cifra de votantes.
    - |
      ↓Je m'excuse pour la confusion concernant la date du vote.
    - |
      ↓Entschuldigung für die Verwirrung bei den Zahlen.
    - |
      ↓Peço desculpas pela confusão com os números.
    - |
      ↓Mi scuso per l'errore nella data.
  non_triggering:
    - |
      We apologise for any inconvenience caused by the closure, the operator said in a statement.
    - |
      "I apologize for the confusion," the mayor told reporters.
    - |
      An earlier version of this article misstated the turnout. We regret the error.

"""#),
        ("assistant-residue/assistant_closing_offer.yml", #"""
id: assistant_closing_offer
name: Assistant Closing Offer
summary: A chat reply's closing turn (an offer of more work, a question to the requester, a hope that it helps) ends the article.
category: assistant-residue
severity: error
repair: sentence
origin: >-
  ../shared/cases/TAXONOMY.md §2 closing_offer (Dawn newspaper, Nov 2025; Wikipedia "communication
  intended for the user"; vale-ai-tells ClosingPleasantries.yml); issue 14 capability 1: the last
  lines of the chat envelope as a grammar (first-person singular offer verb × the requester,
  "let me know" × condition, hope × "this helps"), with word lists for English, Spanish, French,
  German, Portuguese and Italian. First-person plural newsroom calls to action stay silent.
message: "Assistant offer to the requester at the end of the article: {match}"
scope: last_lines
lines: 3
skip: [quotations, code]
page_residue: true
extended: true
pattern: |
  (?(DEFINE)
    (?<work> write|create|make|turn|draft|prepare|expand|shorten|rewrite|add|produce|adjust|tweak|revise|change|translate|include
           |format|tailor|provide|generate|summari[sz]e|condense|convert|polish|update|put\s+together|suggest|pull\s+together|edit|trim|swap|craft|compile|build)
    (?<ask> let\s+me\s+know | av[ií]same | d[ií]me | h[aá]zmelo\s+saber | ind[ií]came | d[ée]jame\s+saber | h[aá]game\s+saber
          | n['’]h[ée]site[zs]?\s+pas\s+[àa]\s+me | (?:dites|dis)-moi | (?:faites|fais)-moi\s+savoir
          | (?:lass|lasst|lassen\s+sie)\s+mich\s+wissen | sag(?:en\s+sie|t)?\s+(?:mir\s+)?(?:einfach\s+|gerne\s+)?bescheid
          | me\s+avise | avise-me | me\s+diga | diga-me | me\s+fale | me\s+informe | fammi\s+sapere | fatemi\s+sapere | mi\s+faccia\s+sapere )
    (?<more> you(?:['’]d|\s+would)?\s+(?:like|want|prefer|need) | (?:any|some|further)\s+(?:changes|tweaks|edits|adjustments|revisions) | i\s+(?:should|can|could)
          | quieres|quiere|prefieres|prefiere|necesitas|deseas|desea|te\s+gustar[ií]a|cambios|ajustes|modificaciones|puedo
          | voulez|souhaitez|pr[ée]f[ée]rez|veux|souhaites|d[ée]sirez|modifications|ajustements|changements|je\s+peux|je\s+dois
          | m[öo]chtest|m[öo]chten|w[üu]nschst|w[üu]nschen|brauchst|brauchen|willst|[äa]nderungen|anpassen|[äa]ndern|erg[äa]nzen|soll|kann\s+ich
          | quiser|preferir|precisar|desejar|quer|altera[çc][õo]es|mudan[çc]as|posso|devo
          | vuoi|preferisci|desideri|hai\s+bisogno|volete|modifiche|aggiunga|cambi|devo )
    (?<offer>
        # English: an offer or question proposing more work, a hope that it helps.
        \b(?:would|do)\s+you\s+(?:like|want|prefer)\s+(?:me\s+to|(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:version|draft|summary|rewrite|sidebar|table|list|headline|box))\b
      | \bwant\s+me\s+to\b | \bshall\s+i\s+(?:also\s+)?(?&work)\b | \bshould\s+i\s+(?:also\s+)?(?&work)\b
      | \bif\s+you(?:['’]d|\s+would)?\s+(?:like|want|prefer|need)(?:\s+\w+){0,4}?,?\s+i\s+(?:can|could|will|['’]ll|['’]d\s+be\s+happy|am\s+happy|['’]m\s+happy)\b
      | \bi\s+(?:can|could)\s+also\s+(?&work)\b | \bi\s+(?:can|could)\s+(?&work)\s+(?:it|this|that|the\s+\w+|a|an|one|more|some)\b[^\n]*?\b(?:if|for\s+you|should\s+you)\b
      | \bi['’]d\s+be\s+(?:happy|glad)\s+to\b | (?:\bi(?:['’]m|\s+am)\s+|(?:^|(?<=[.!?]\s)|(?<=\x{2028})|(?<=[—–-]\s))[ \t]*)(?:happy|glad)\s+to\s+(?:help|adjust|tweak|revise|expand|shorten|change|make|add|rework)\b
      | \bi\s+hope\s+(?:this|that|the\s+\w+|it|these)\s+(?:\w+\s+){0,2}?(?:helps?|meets|works|is\s+(?:helpful|useful|what)|fits|serves|suits|covers|gives)\b
      | (?:^|(?<=[.!?]\s)|(?<=\x{2028})) [ \t]* hope\s+(?:this|that|it)\s+(?:helps|works|fits|does\s+the\s+(?:job|trick)|is\s+(?:useful|helpful|what\s+you))\b
      # The requester's wish first, the ask after: "If you need a shorter version, just let me know".
      | \bif\s+you(?:['’]d|\s+would)?\s+(?:need|want|like|prefer)\b [^\n]{0,120}? (?&ask)
      # "If it's useful, I can turn the table into a chart."
      | \bif\s+(?:it['’]s|it\s+is|that['’]s|that\s+is|it\s+would\s+be|it['’]d\s+be|that\s+would\s+be)\s+(?:useful|helpful|handy|of\s+use|easier),?\s+i\s+(?:can|could|['’]d\s+be\s+happy\s+to|am\s+happy\s+to)\b
      | \b(?:feel\s+free|don['’]t\s+hesitate|do\s+not\s+hesitate)\s+to\s+(?:ask\s+me|let\s+me\s+know|tell\s+me|reach\s+out\s+to\s+me|ask\s+if\s+you)\b
      # An imperative asking the requester to say what more to do: "let me know if you'd like",
      # "fammi sapere se vuoi", "sagen Sie Bescheid, wenn ich … anpassen soll".
      | (?&ask) [^\n]{0,80}? \b(?&more)
      | \banything\s+else\s+(?:i\s+can|you['’]d\s+like|you\s+would\s+like|you\s+need)\b | \bjust\s+say\s+the\s+word\b
      | \b(?:need|want)\s+(?:a|an|any)\s+(?:[\w-]+\s+){0,3}?(?:version|changes|tweaks|adjustments|edits|revisions)\b[^\n]*\?
      # Spanish
      | \bespero\s+que\s+(?:(?:esto|este\s+\w+|esta\s+\w+|el\s+\w+|la\s+\w+)\s+)?(?:te\s+|le\s+|les\s+|os\s+)?(?:sirva|ayude|resulte|guste|sea\s+(?:[úu]til|de\s+ayuda)|encaje)
      | (?:¿\s*)?\b(?:quieres|quiere|querr[ií]as|te\s+gustar[ií]a|le\s+gustar[ií]a|deseas|desea|prefieres)\s+que\s+(?:te\s+|le\s+)?(?:\w+\s+){0,2}?(?:haga|prepare|escriba|redacte|cree|ajuste|a[ñn]ada|agregue|resuma|traduzca|convierta|ampl[íi]e|acorte|modifique|cambie|genere|incluya)\b
      | \bsi\s+(?:quieres|lo\s+deseas|deseas|prefieres|lo\s+prefieres|te\s+parece|lo\s+necesitas|necesitas|gustas),?\s+(?:tambi[eé]n\s+)?(?:puedo|podr[ií]a)\b
      | \bno\s+dudes\s+en\s+(?:ped[ií]rmel[oa]s?|pedirme|dec[ií]rmelo|decirme|preguntarme|preguntar|contactarme|consultarme|escribirme)\b
      | \b(?:estoy|quedo)\s+a\s+tu\s+disposici[oó]n\b
      # French
      | \bj['’]esp[eè]re\s+que\s+(?:cela|ceci|ce\s+\w+|cet\s+\w+|cette\s+\w+|[çc]a)\s+(?:vous\s+|te\s+)?(?:aide|aidera|convient|conviendra|sera\s+utile|r[ée]pond|correspond|pla[iî]t|plaira)
      | \b(?:souhaitez|voulez|aimeriez|voudriez|pr[ée]f[ée]rez)-vous\s+que\s+je\b | \b(?:veux|voudrais|souhaites|aimerais|pr[ée]f[eè]res)-tu\s+que\s+je\b
      | \bsi\s+(?:vous|tu)\s+(?:le\s+)?(?:souhaitez|voulez|pr[ée]f[ée]rez|veux|souhaites|pr[ée]f[eè]res),?\s+je\s+(?:peux|pourrais|vous|te)\b
      | \bje\s+(?:peux|pourrais)\s+(?:aussi|[ée]galement)\s+(?:vous\s+|te\s+)?(?:proposer|r[ée]diger|pr[ée]parer|cr[ée]er|faire|adapter|ajouter|raccourcir)
      | \bje\s+reste\s+[àa]\s+(?:votre|ta)\s+disposition\b
      # German
      | \bich\s+hoffe,?\s+(?:das|dies|der\s+\w+|die\s+\w+|das\s+\w+)\s+(?:\w+\s+)?(?:hilft|ist\s+hilfreich|entspricht|passt|gef[äa]llt|erf[üu]llt)
      | \b(?:soll|sollte)\s+ich\s+(?:\w+\s+){0,8}?(?:erstellen|schreiben|verfassen|k[üu]rzen|erweitern|anpassen|[üu]berarbeiten|[üu]bersetzen|erg[äa]nzen|formulieren|hinzuf[üu]gen)\b
      | \bm[öo]chtest\s+du,?\s+dass\s+ich\b | \bm[öo]chten\s+sie,?\s+dass\s+ich\b
      | \b(?:wenn|falls)\s+(?:du|sie)\s+(?:\w+\s+){0,4}?(?:m[öo]chtest|m[öo]chten|willst|w[üu]nschst|w[üu]nschen|brauchst|brauchen),?\s+kann\s+ich\b
      | \bich\s+kann\s+(?:dir|ihnen)\s+(?:auch|gerne|gern)\b
      # Portuguese
      | \bespero\s+que\s+(?:(?:isso|isto|este\s+\w+|esta\s+\w+|o\s+\w+|a\s+\w+)\s+)?(?:te\s+|lhe\s+)?(?:ajude|seja\s+[úu]til|atenda|sirva|agrade)
      | \b(?:quer|gostaria|deseja|prefere)\s+que\s+eu\b | \bse\s+(?:quiser|preferir|desejar|precisar),?\s+(?:eu\s+)?(?:tamb[ée]m\s+)?(?:posso|poderia)\b
      | \b(?:fico|estou)\s+[àa]\s+disposi[çc][ãa]o\b | \bn[ãa]o\s+hesite\s+em\s+(?:me|pedir|perguntar)\b
      # Italian
      | \bspero\s+che\s+(?:(?:questo|questa|ci[òo]|il\s+\w+|l['’]\w+|la\s+\w+)\s+)?(?:ti\s+|le\s+|vi\s+)?(?:sia\s+utile|aiuti|vada\s+bene|piaccia|soddisfi)
      | \b(?:vuoi|vorresti|desideri|preferisci|volete)\s+che\s+(?:io\s+)?(?:\w+\s+){0,2}?(?:prepari|scriva|crei|modifichi|aggiunga|riassuma|traduca|ampli|accorci|rediga|faccia|renda|trasformi|inserisca|includa)\b
      | \bse\s+(?:vuoi|preferisci|desideri|ti\s+serve|hai\s+bisogno),?\s+(?:posso|potrei)\b
      | \b(?:resto|sono)\s+a\s+(?:tua|sua|vostra)\s+disposizione\b | \bnon\s+esitare\s+a\s+(?:chiedere|chiedermi|contattarmi|farmi)\b
    )
  )
  (?&offer) [^\n]*
prefilter: ['\byou', '\bwant', '\bshall', '\bshould', '\bcan', '\bcould', '\bhappy', '\bglad', '\bhope', '\bfree', '\bhesitate', '\bchange', '\btweaks', '\bedits', '\badjust', '\brevisions', '\banything', '\bword', '\bversion', '\bquier', '\bquerr', '\bpref', '\bnecesit', '\bdese', '\bdesej', '\bgustar', '\bgustas', '\bparece', '\bcambi', '\bajust', '\bmodific', '\bpuedo', '\bdudes', '\bdisposi', '\bespero', '\bvoulez', '\bsouhait', '\brez', '\bferez', '\bveux', '\bdesir', '\bsirez', '\bpeux', '\bdois', '\bje', '\bj''', '\bj’', '\bich', '\bmochte', '\bchte', '\bwunsch', '\bnsch', '\bbrauch', '\bwillst', '\banderung', '\bnderung', '\bandern', '\bndern', '\banpassen', '\berg', '\bsoll', '\bkann', '\bquis', '\bprecis', '\bquer', '\baltera', '\bmudan', '\bposso', '\bpoderia', '\bdevo', '\beu', '\bhesite', '\bvuoi', '\bdesider', '\bbisogno', '\bvolete', '\baggiunga', '\bspero', '\bche', '\bpotrei', '\besitare']
examples:
  triggering:
    - |
      New car registrations rose 14 percent in October.
      Compact hatchbacks accounted for more than half of the increase.
      ↓Want me to turn this into a shorter version for social media? Just say the word.
    - |
      The bakery was named the best in the region.
      ↓I hope this helps! Let me know if you'd like any changes.
    - |
      The bridge reopens on Monday.
      ↓If you need it, I can also draft a version for the newsletter.
    - |
      El puente reabre el lunes.
      ↓Espero que te sirva. Si quieres, puedo preparar una versión más corta.
    - |
      Le pont rouvre lundi.
      ↓N'hésitez pas à me dire si vous souhaitez un autre titre.
    - |
      Die Brücke wird am Montag wieder geöffnet.
      ↓Soll ich noch einen Infokasten zu den Umleitungen erstellen?
    - |
      A ponte reabre na segunda-feira.
      ↓Se quiser, posso incluir uma tabela com os horários.
    - |
      Il ponte riapre lunedì.
      ↓Fammi sapere se preferisci un titolo diverso.
  non_triggering:
    - |
      The festival ends on Sunday.
      Let us know what you thought of this year's line-up.
    - |
      The helpline is open all night.
      "If you want, I can drive you home," the volunteer told her.
    - |
      Would you like me to drive? the driver asked, in a scene from the play.
      The play runs until June.
      Tickets cost 20 euros.
      The theatre is closed on Mondays.
    - |
      He was, shall I call it, a reserved man.
      The novel ends there.
    - |
      Le festival se termine dimanche.
      N'hésitez pas à nous écrire pour partager vos souvenirs.
    - |
      Das Festival endet am Sonntag.
      Schreiben Sie uns, wie es Ihnen gefallen hat.
    - |
      Il festival finisce domenica.
      Fateci sapere cosa ne pensate.

"""#),
        ("assistant-residue/assistant_meta_note.yml", #"""
id: assistant_meta_note
name: Assistant Meta Note
summary: The model's notes about its own edits, or a template's SEO field labels, are published.
category: assistant-residue
severity: error
repair: sentence
origin: >-
  ../shared/cases/TAXONOMY.md §10 meta_commentary (WordPress/ai#398; tomcounsell/ai#106; auto-blog
  prompts that ban "Meta description:" labels).
message: "Note to the requester published with the article: {match}"
skip: [quotations, code]
extended: true
pattern: |
  (?: (?:^|(?<=\x{2028}))[ \t]* (?:here\s+are\s+)?(?:the\s+)?(?:key\s+|main\s+)?(?:changes|edits|revisions|updates|tweaks)\s+i(?:['’]ve|\s+have)?\s+made\b [^\n]*
    | (?:^|(?<=\x{2028}))[ \t]* (?:\*\*)?(?:note|n\.b\.|nota|remarque|hinweis|anmerkung)(?:\*\*)?\s*:\s*(?:\*\*)?\s*(?:i(?:['’]ve|\s+have|['’]ll|\s+used|\s+kept|\s+assumed|\s+left|\s+rounded|\s+added|\s+changed|\s+removed)|he\s|j['’]ai\s|ich\s+habe\s|eu\s|ho\s) [^\n]*
    | (?:^|(?<=\x{2028}))[ \t]* (?:meta\s+description|seo\s+title|focus\s+keyword|focus\s+keyphrase|url\s+slug|meta[-\s]?descripci[oó]n|m[ée]ta[-\s]?description|meta[-\s]?beschreibung|meta[-\s]?descri[çc][ãa]o|meta[-\s]?descrizione) [ \t]* : [^\n]*
    | \(\s*(?:approx(?:imately|\.)?\s+|about\s+|~\s*)?(?:word\s+count|words|recuento\s+de\s+palabras|palabras|nombre\s+de\s+mots|mots|wortanzahl|anzahl\s+der\s+w[öo]rter|contagem\s+de\s+palavras|palavras|conteggio\s+(?:delle\s+)?parole|parole)\s*:\s*~?\d[\d,.]*\s*\)
    | (?:^|(?<=\x{2028}))[ \t]* (?:word\s+count|recuento\s+de\s+palabras|nombre\s+de\s+mots|wortanzahl|contagem\s+de\s+palavras|conteggio\s+(?:delle\s+)?parole)\s*:\s*~?\d[\d,.]*\s*$
    | (?:^|(?<=\x{2028}))[ \t]* i(?:['’]ve|\s+have)\s+(?:rewritten|shortened|revised|edited|tightened|restructured|condensed|reworded|used\s+placeholders|left\s+placeholders)\b [^\n]*
    # Verbs a columnist also uses ("I have kept bees …") only with the text as their object.
    | (?:^|(?<=\x{2028}))[ \t]* i(?:['’]ve|\s+have)\s+(?:kept|removed|adjusted|rounded|expanded|added|assumed)\b
        (?=[^\n]*\b(?:the|this|your|all|both|its)\s+(?:\w+\s+)?(?:article|draft|text|story|piece|quotes?|figures?|numbers?|headline|section|paragraphs?|intro|tone|word\s+count|table|placeholders?|brief|notes|details|length)\b) [^\n]*
    | (?:^|(?<=\x{2028}))[ \t]* this\s+(?:version|rewrite|draft|revision|summary|rewritten\s+version|edit)\s+(?:keeps|retains|maintains|preserves|removes|focuses|condenses|expands|tightens|shortens|uses|adds|cuts)\b [^\n]*
  )
prefilter: [['\bchanges\b', '\bmade\b'], ['\bedits\b', '\bmade\b'], ['\brevisions\b', '\bmade\b'], ['\bupdates\b', '\bmade\b'], ['\btweaks\b', '\bmade\b'], '^note', '^n.b.', '^nota', '^remarque', '^hinweis', '^anmerkung', '^**', '^meta', '^m', '^seo', '^focus', '^url', '\bwords', '\bpalabras', '\bmots\b', '\banzahl', '\bpalavras', '\bparole', '\brecuento', '\bcontagem', '\bconteggio', '\bwortanzahl', '^word', '^recuento', '^nombre', '^wortanzahl', '^contagem', '^conteggio', '^i\b', '^this\b', '\bword\b']
starts: ['^', '(\s', '(a', '(~', '(w', '(r', '(p', '(n', '(m', '(c']
examples:
  triggering:
    - |
      The bakery was named the best in the region.

      ↓Changes I made: shortened the introduction and made the tone more neutral.
    - |
      ↓Meta description: Harbour festival draws record crowds.
  non_triggering:
    - |
      Here are the key changes in the revised bill approved on Thursday:
      - Notice periods rise to four months.
    - |
      Correction: An earlier version of this article gave the wrong day for the vote.

"""#),
        ("assistant-residue/assistant_opener.yml", #"""
id: assistant_opener
name: Assistant Opening Line
summary: The article's first lines present a deliverable as a chat reply does ("Here is a revised version of the article", "Voici la traduction", "Ecco la bozza").
category: assistant-residue
severity: error
repair: sentence
origin: >-
  ../shared/cases/TAXONOMY.md §1 preamble (position anchoring, cross-cutting rule 3: a lead-in on the
  first non-blank lines, the headline included); issue 14 capability 1: "here is / below is" +
  deliverable noun however it continues, in English, Spanish, French, German, Portuguese and Italian.
message: "Assistant lead-in opening the article: {match}"
scope: first_lines
lines: 4
skip: [quotations, code]
extended: true
pattern: |
  (?(DEFINE)
    (?<aff> certainly | sure(?:\s+thing)? | of\s+course | absolutely | okay | ok | alright | all\s+right | great
          | got\s+it | no\s+problem | definitely | gladly | understood | perfect
          | claro(?:\s+que\s+s[ií])? | por\s+supuesto | desde\s+luego | perfecto | entendido | con\s+(?:mucho\s+)?gusto | de\s+acuerdo
          | bien\s+s[uû]r | certainement | absolument | d['’]accord | parfait | entendu | avec\s+plaisir | tr[eè]s\s+bien
          | gerne | gern | nat[uü]rlich | klar | selbstverst[aä]ndlich | sicher(?:lich)? | kein\s+problem | alles\s+klar | verstanden | perfekt
          | com\s+certeza | certamente | perfeito | com\s+(?:todo\s+o\s+)?prazer | sem\s+problemas?
          | certo | assolutamente | perfetto | va\s+bene | volentieri | con\s+piacere | senz['’]altro )
    (?<pres> here(?:['’]s|\s+is|\s+are) | below\s+(?:is|are|you['’]ll\s+find|you\s+will\s+find) | (?:please\s+)?find\s+below
          | i['’]ve\s+(?:written|drafted|prepared|created|rewritten|revised|translated|updated|put\s+together) | i\s+have\s+(?:written|drafted|prepared|created|rewritten|revised|translated)
          | aqu[ií]\s+(?:tienes|tiene|ten[eé]is|est[aá]n?|te\s+dejo|le\s+dejo|va) | (?:te|le|os)\s+(?:presento|dejo|comparto) | a\s+continuaci[oó]n,?\s+(?:(?:te|le|os|se)\s+)?(?:presento|muestro|comparto|tienes|presenta|muestra|encontrar[aá]s)
          | voici | voil[aà] | (?:je\s+)?(?:vous|te)\s+propose | ci-dessous,?\s+(?:vous\s+trouverez\s+)? | vous\s+trouverez\s+ci-dessous
          | hier\s+(?:ist|sind|kommt|findest\s+du|finden\s+sie) | anbei | nachfolgend\s+(?:findest\s+du|finden\s+sie)?
          | aqui\s+(?:est[aá]|est[aã]o|vai|tem|tens|segue|seguem) | seguem? | abaixo\s+(?:est[aá]|segue|seguem)
          | ecco | di\s+seguito\s+(?:trovi|trova|(?:ti|le|vi)\s+propongo|c['’][eè])? | qui\s+(?:trovi|trova) | (?:ti|le|vi)\s+propongo )
    # Deliverables that are decisive after a presentation verb on the first lines.
    (?<sdeliv> article(?!s) | versions? | summar(?:y|ies) | drafts? | blog\s+posts? | rewrites? | translations? | revisions?
          | excerpts? | outlines? | write-?ups? | press\s+release | news\s+(?:article|story|piece|report|brief|item)s? | meta\s+descriptions?
          | art[ií]culo | versi[oó]n | borrador | resumen | traducci[oó]n | reescritura | nota\s+de\s+prensa | entrada\s+de\s+blog
          | brouillon | r[ée]sum[ée] | traduction | r[ée][ée]criture | billet
          | artikel | fassung | entwurf | zusammenfassung | [üu]bersetzung | beitrag | blogbeitrag | blogartikel | neufassung | pressemitteilung
          | artigo | vers[ãa]o | rascunho | resumo | tradu[çc][ãa]o | reescrita | mat[ée]ria
          | articolo | versione | bozza | riassunto | sintesi | traduzione | riscrittura )
    # Deliverables that also name ordinary newsroom material ("here is the text of the letter"):
    # they need an edit qualifier before them or a cue after them.
    (?<weak> stor(?:y|ies) | pieces? | text | copy | sections? | paragraphs? | reports? | reviews? | content | captions? | headlines? | intro(?:duction)? | posts? | articles
          | texto | noticia | cr[oó]nica | secci[oó]n | texte | article | paragraphe | d[ée]p[eê]che | text | bericht | meldung | abschnitt | texto | not[íi]cia | testo | pezzo | notizia | sezione )
    (?<qual> \d+[-\s]?(?:word|palabras|mots|w[öo]rter|palavras|parole) | rewritten | revised | updated | edited | polished | improved | expanded | shortened | condensed
          | tightened | requested | refined | corrected | reworked | seo[\w-]* | optimi[sz]ed | cleaned-up
          | revisad[oa] | reescrit[oa] | corregid[oa] | actualizad[oa] | mejorad[oa] | r[ée]vis[ée]e? | r[ée][ée]crite? | corrig[ée]e? | am[ée]lior[ée]e? | mise?\s+[àa]\s+jour
          | [üu]berarbeitete[nrs]? | aktualisierte[nrs]? | gek[üu]rzte[nrs]? | verbesserte[nrs]? | atualizad[oa] | melhorad[oa] | rivist[oa] | riscritt[oa] | aggiornat[oa] | migliorat[oa] | corrett[oa] )
    (?<cue> your | you['’]ve | you\s+(?:shared|provided|requested|asked|sent|gave|supplied|pasted) | as\s+requested | based\s+on | using\s+the\s+(?:notes|details|information)
          | ready\s+(?:to|for)\s+(?:publish|publication|post|print) | \d+[-\s]?(?:word|palabras|mots|w[öo]rter|palavras|parole)
          | tus? | que\s+me | basad[oa]\s+en | listo\s+para | lista\s+para | votre | vos | que\s+vous | bas[ée]e?\s+sur | pr[eê]te?\s+[àa] | comme\s+demand[ée]
          | dein(?:e[nmrs]?)? | (?:du|sie)\s+mir | wie\s+gew[üu]nscht | basierend | seu | sua | voc[êe] | com\s+base | pronto\s+para | pronta\s+para
          | tuo | tua | che\s+mi | in\s+base | pronto\s+(?:per|da) | pronta\s+(?:per|da) | come\s+richiesto )
    (?<det> (?:a|an|the|your|this|my|el|la|los|las|un|una|tu|su|le|les|une|votre|ton|ta|der|die|das|den|ein|eine|einen|dein|deine|deinen|o|os|as|um|uma|seu|sua|teu|tua|il|lo|gli|i|uno|tuo)\s+ | (?:l|un)['’]\s* )
  )
  (?:^|(?<=\x{2028})) [^\S\n]* (?&pres) \s* [,:]? \s+ (?&det)? (?:[\w'’-]+\s+){0,6}?
  (?: (?&sdeliv) \b (?!\s*\d)
    | (?&qual) \s+ (?:[\w'’-]+\s+){0,3}? (?&weak) \b
    | (?&weak) \b (?=[^\n]*?\b(?&cue)\b) )
  [^\n]*
prefilter: ['\bhere', '\bbelow', '\bfind', '\bi''ve', '\bi’ve', '\bhave\b', '\baqu', '\bte\b', '\ble\b', '\bos\b', '\bcontinuaci', '\bvoici', '\bvoil', '\bvous\b', '\bci-dessous', '\bhier\b', '\banbei', '\bnachfolgend', '\bsegue', '\babaixo', '\becco', '\bdi\b', '\bqui\b', '\bti\b', '\bvi\b']
examples:
  triggering:
    - |
      ↓Here is the rewritten article:

      The council approved the budget on Monday.
    - |
      ↓Below is a short summary of the tram report, ready to publish.

      Trams ran late on four days in ten.
    - |
      ↓Here's a 450-word piece on the tram delays based on your notes:

      Trams ran late on four days in ten.
    - |
      ↓Voici la traduction de l'article :

      Le conseil a voté le budget lundi.
    - |
      ↓Ecco la bozza aggiornata dell'articolo.

      Il consiglio ha approvato il bilancio.
    - |
      ↓Segue o rascunho da matéria sobre a greve.
  non_triggering:
    - |
      Changes to the Rental Bill

      Here are the key changes in the revised bill approved by parliament on Thursday:
    - |
      Mayor's Letter to Residents

      Here is the full text of the letter the mayor sent on Friday:
    - |
      Voici ce qu'il faut savoir sur la grève de jeudi.
    - |
      Ecco cosa cambia da lunedì per i pendolari.
    - |
      Here is the story of a town that refused to give up its railway.

"""#),
        ("assistant-residue/assistant_preamble.yml", #"""
id: assistant_preamble
name: Assistant Lead-in
summary: A chat reply's opening turn (an affirmation, then "here is" and the deliverable or the requester) is published with the article.
category: assistant-residue
severity: error
repair: sentence
origin: >-
  ../shared/cases/TAXONOMY.md §1 preamble (Academ-AI "certainly, here are" search; WordPress/ai#398;
  the French "Voici la traduction :" of a translation pipeline); seed article line 52; issue 14
  capability 1 (the chat envelope): a grammar, affirmation × presentation verb × deliverable noun or
  addressee, with word lists for English, Spanish, French, German, Portuguese and Italian.
message: "Assistant lead-in addressed to the requester: {match}"
skip: [quotations, code]
extended: true
pattern: |
  (?(DEFINE)
    # Affirmations a chat reply opens with, per language (en, es, fr, de, pt, it).
    (?<aff> certainly | sure(?:\s+thing)? | of\s+course | absolutely | okay | ok | alright | all\s+right | great
          | got\s+it | no\s+problem | definitely | gladly | understood | perfect | happy\s+to\s+help | you\s+got\s+it
          | claro(?:\s+que\s+s[ií])? | por\s+supuesto | desde\s+luego | perfecto | entendido | con\s+(?:mucho\s+)?gusto | de\s+acuerdo
          | bien\s+s[uû]r | certainement | absolument | d['’]accord | parfait | entendu | avec\s+plaisir | tr[eè]s\s+bien
          | gerne | gern | nat[uü]rlich | klar | selbstverst[aä]ndlich | sicher(?:lich)? | kein\s+problem | alles\s+klar | verstanden | perfekt
          | com\s+certeza | certamente | perfeito | com\s+(?:todo\s+o\s+)?prazer | sem\s+problemas?
          | certo | assolutamente | perfetto | va\s+bene | volentieri | con\s+piacere | senz['’]altro )
    # Presentation verbs: "here is", "below you'll find", "voici", "hier ist", "ecco" …
    (?<pres> here(?:['’]s|\s+is|\s+are|\s+it\s+is|\s+you\s+go|\s+goes) | below\s+(?:is|are|you['’]ll\s+find|you\s+will\s+find)
          | (?:please\s+)?find\s+below | i['’]ve\s+(?:written|drafted|prepared|created|rewritten|revised|translated|updated|put\s+together)
          | aqu[ií]\s+(?:tienes|tiene|ten[eé]is|est[aá]n?|te\s+dejo|le\s+dejo|os\s+dejo|va) | (?:te|le|os)\s+(?:presento|dejo|comparto|paso) | a\s+continuaci[oó]n
          | voici | voil[aà] | (?:je\s+)?(?:vous|te)\s+propose | ci-dessous | vous\s+trouverez
          | hier\s+(?:ist|sind|kommt|kommen|findest\s+du|finden\s+sie) | anbei | nachfolgend | im\s+folgenden
          | aqui\s+(?:est[aá]|est[aã]o|vai|v[aã]o|tem|tens|segue|seguem) | seguem? | abaixo\s+(?:est[aá]|segue|seguem) | eis
          | ecco | di\s+seguito | qui\s+(?:trovi|trova|c['’][eè]) | (?:ti|le|vi)\s+propongo )
    # Deliverables a requester asks for.
    (?<deliv> articles? | versions? | summar(?:y|ies) | drafts? | (?:blog\s+)?posts? | rewrites? | translations? | revisions?
          | excerpts? | outlines? | write-?ups? | paragraphs? | sections? | intro(?:duction)? | press\s+release | news\s+(?:article|story|piece|report|brief|item)s?
          | meta\s+descriptions? | captions? | stor(?:y|ies) | pieces? | text | copy | reviews? | reports? | headlines? | titles?
          | art[ií]culos? | versi[oó]n | borrador | resumen | traducci[oó]n | reescritura | redacci[oó]n | publicaci[oó]n | entrada | nota\s+de\s+prensa | texto | secci[oó]n | p[aá]rrafo | rese[ñn]a | noticia | cr[oó]nica
          | brouillon | r[ée]sum[ée] | traduction | r[ée][ée]criture | billet | r[ée]daction | texte | communiqu[ée] | paragraphe | critique | d[ée]p[eê]che
          | artikel | fassung | entwurf | zusammenfassung | [üu]bersetzung | beitrag | blogbeitrag | blogartikel | neufassung | [üu]berarbeitung | pressemitteilung | abschnitt | absatz | meldung | bericht
          | artigos? | vers[ãa]o | rascunho | resumo | tradu[çc][ãa]o | reescrita | publica[çc][ãa]o | reda[çc][ãa]o | mat[ée]ria | se[çc][ãa]o | par[áa]grafo | not[íi]cia | resenha
          | articolo | versione | bozza | riassunto | sintesi | traduzione | riscrittura | testo | pezzo | comunicato | sezione | paragrafo | recensione | notizia )
    # The requester: "your", "as you requested", "que me pediste", "comme vous l'avez demandé" …
    (?<addr> your | you['’]ve | you\s+(?:shared|provided|requested|asked|sent|gave|wanted|supplied|pasted) | as\s+requested | for\s+you\b
          | tus? | que\s+(?:me\s+)?(?:pediste|solicitaste|enviaste|compartiste|proporcionaste|has\s+pedido|has\s+enviado) | como\s+(?:me\s+)?(?:pediste|solicitaste|indicaste)
          | votre | vos | tes? | que\s+vous\s+(?:m['’])?avez | comme\s+(?:vous\s+)?(?:l['’])?avez\s+demand[ée] | comme\s+demand[ée]
          | dein(?:e[nmrs]?)? | wie\s+gew[üu]nscht | (?:du|sie)\s+mir | gew[üu]nschte[nr]?
          | seu | sua | teu | tua | voc[êe] | conforme\s+(?:solicitado|pedido)
          | tuo | tua | tuoi | tue | come\s+(?:mi\s+)?(?:hai\s+)?(?:chiesto|richiesto) | che\s+mi\s+hai )
  )
  # An affirmation, a presentation verb, then the deliverable or the requester in the same line.
  # The affirmation opens a sentence (capitalised), as a reply's first word does: "È certo, ecco il
  # testo della legge" stays silent.
  (?<![\w’'¡]) (?:¡\s*)? (?=(?-i:[A-ZÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛÄÖÜÇÑ])) (?&aff) \s* [!¡.,:;—–-]* \s* (?&pres) \b [^\n]{0,120}? \b (?:(?&deliv)|(?&addr)) \b [^\n]*
prefilter: ['\bcertainly', '\bsure', '\bcourse', '\babsolutely', '\bokay', '\bok\b', '\balright', '\bright\b', '\bgreat', '\bgot\b', '\bproblem', '\bdefinitely', '\bgladly', '\bunderstood', '\bperfect', '\bhappy', '\bclaro', '\bsupuesto', '\bluego', '\bentendido', '\bgusto', '\bacuerdo', '\bbien\b', '\bcertainement', '\babsolument', '\bd''accord', '\bd’accord', '\bparfait', '\bentendu', '\bplaisir', '\bgerne', '\bnat', '\bklar\b', '\bselbstverst', '\bsicher', '\balles\b', '\bverstanden', '\bperfekt', '\bcerteza', '\bcertamente', '\bperfeito', '\bprazer', '\bcerto\b', '\bassolutamente', '\bperfetto', '\bbene\b', '\bvolentieri', '\bpiacere', '\bsenz']
examples:
  triggering:
    - |
      ↓Certainly! Here's the completed version of your table with the missing figures filled in:

      | District | Rainfall |
    - |
      Technology & InnovationJoint research initiatives; Innovation hubs Advanced solutions ↓Certainly! Here’s the completed version of your table with consistent styling:
    - |
      ↓Of course — below is a tighter rewrite of the council story.

      The council approved the budget on Monday.
    - |
      ↓¡Por supuesto! Te dejo la crónica del partido lista para publicar.
    - |
      ↓Bien sûr ! Voici le billet sur la fermeture du pont.
    - |
      ↓Natürlich! Hier ist die gekürzte Fassung für die Website.
    - |
      ↓Com certeza! Segue a matéria sobre a greve dos ônibus.
    - |
      ↓Certo! Ecco la sintesi della conferenza stampa.
  non_triggering:
    - |
      Asked about the timeline, Mayor Dara Quillon did not hesitate.
      "Certainly. Here's the timeline we agreed with the contractor," she said.
    - |
      Changes to the Rental Bill

      Here are the key changes in the revised bill approved by parliament on Thursday:
    - |
      The minister said the plan was certainly ambitious. Here is why.
    - |
      Sure, here's the thing: nobody expected the vote to be close.
    - |
      „Natürlich, hier ist der Bericht“, sagte die Sprecherin.
    - |
      « Bien sûr, voici le texte », a répondu le maire.
    - |
      È certo, ecco il testo della legge approvata ieri.

"""#),
        ("assistant-residue/assistant_refusal.yml", #"""
id: assistant_refusal
name: Assistant Refusal
summary: A model's refusal or inability turn ("I'm sorry, but I can't …", "I cannot provide …", "Je ne peux pas fournir …") is published as content.
category: assistant-residue
severity: error
repair: sentence
origin: >-
  ../shared/cases/TAXONOMY.md §4 refusal (Amazon and eBay listings, Jan 2024; verified X bots); issue 14
  capability 1: first-person modal × refusal verb × object, or an apology leading into "I can't",
  with word lists for English, Spanish, French, German, Portuguese and Italian.
message: "Model refusal published as content: {match}"
skip: [quotations, code]
extended: true
pattern: |
  (?(DEFINE)
    (?<verb> provide|create|write|generate|produce|fulfil+|complete|assist(?:\s+you)?\s+with|help(?:\s+you)?\s+with|comply\s+with
           |include|disclose|draft|access|browse|verify\s+(?:the|this|that|individual|these)
           |describe|discuss|comment\s+on|speculate\s+on|cover|share|give|offer|confirm)
  )
  # An interviewee's answer in a Q&A ("A: I can't provide …") is not the model's.
  (?<! \bA:\s | \bR:\s | \bA\.\s )
  (?: \bi(?:['’]m|\s+am)\s+(?:really\s+|very\s+|so\s+)?sorry,?\s+but\s+i\s+(?:can['’]?t|cannot|am\s+unable\s+to|['’]m\s+unable\s+to|am\s+not\s+able\s+to|won['’]t|must)\b [^.\n]*
    | \bi\s+apologi[sz]e,?\s+but\s+i\b [^.\n]*
    | \bi(?:\s+(?:cannot|can['’]t|can\s+not|am\s+unable\s+to|am\s+not\s+able\s+to|won['’]t\s+be\s+able\s+to|must\s+(?:respectfully\s+)?decline\s+to)|['’]m\s+(?:unable|not\s+able)\s+to)\s+
        (?:\w+\s+)?(?&verb)\s+(?:this|that|your|the|a|an|any|specific|real-time|personal|such|information|content|details|medical|legal|financial|about|on)\b [^.\n]*
    # An inability turned into an offer of something else: "I'm not able to …, but I can …".
    | \bi(?:\s+(?:cannot|can['’]t|am\s+unable\s+to|am\s+not\s+able\s+to)|['’]m\s+(?:unable|not\s+able)\s+to)\b [^.\n]{0,200}? \b(?:but|however,?)\s+i\s+(?:can|could|am\s+happy\s+to|would\s+be\s+happy\s+to)\b [^.\n]*
    # The offer in the next sentence: "I can't help identify them, since …. I can, however, summarise …".
    | \bi(?:\s+(?:cannot|can['’]t|am\s+unable\s+to|am\s+not\s+able\s+to)|['’]m\s+(?:unable|not\s+able)\s+to)\b [^.\n]{0,200}+ \.\s+ (?:however,?\s+i\s+(?:can|could)|i\s+(?:can|could),?\s+however,?|but\s+i\s+(?:can|could)|what\s+i\s+(?:can|could)\s+do)\b [^.\n]*
    | \bi\s+must\s+(?:respectfully\s+|politely\s+)?decline\b [^.\n]*
    | \b(?:goes|go|would\s+go)\s+against\s+(?:my|\w+['’]s)\s+(?:usage|use-case|content)\s+polic(?:y|ies)\b
    # Spanish
    | \b(?:lo\s+siento(?:\s+mucho)?|disculpa|disculpe|perd[oó]n|lamentablemente),?\s+pero\s+no\s+(?:puedo|me\s+es\s+posible)\b [^.\n]*
    | \bno\s+(?:puedo|me\s+es\s+posible)\s+(?:proporcionar|proporcionarte|ayudarte|ayudar\s+con|crear|escribir|generar|redactar|cumplir|completar|ofrecer|facilitar|brindar|incluir|compartir)\b [^.\n]*
    # French
    | \bje\s+suis\s+d[ée]sol[ée]e?,?\s+mais\s+je\s+ne\b [^.\n]*
    | \bje\s+ne\s+(?:peux|suis\s+pas\s+en\s+mesure\s+de|suis\s+pas\s+capable\s+de)\s+(?:pas\s+)?(?:vous\s+|te\s+)?(?:fournir|cr[ée]er|r[ée]diger|[ée]crire|g[ée]n[ée]rer|aider|r[ée]pondre|accomplir|satisfaire|donner|produire|inclure|partager|communiquer)\b [^.\n]*
    # German
    | \bes\s+tut\s+mir\s+leid,?\s+aber\s+ich\s+(?:kann|darf|bin)\b [^.\n]*
    | \bich\s+kann\s+(?:dir\s+|ihnen\s+)?(?:leider\s+)?(?:keine[nmrs]?|nicht)\s+(?:\w+\s+){0,5}?(?:erstellen|schreiben|verfassen|bereitstellen|liefern|generieren|helfen|geben|erf[üu]llen|anbieten|machen)\b [^.\n]*
    | \bich\s+bin\s+(?:leider\s+)?nicht\s+in\s+der\s+lage\b [^.\n]*
    # Portuguese
    | \b(?:desculpe|lamento|sinto\s+muito|infelizmente),?\s+mas\s+(?:eu\s+)?n[ãa]o\s+(?:posso|consigo)\b [^.\n]*
    | \bn[ãa]o\s+(?:posso|consigo|sou\s+capaz\s+de)\s+(?:te\s+|lhe\s+)?(?:fornecer|criar|escrever|gerar|redigir|ajudar|atender|cumprir|produzir|incluir|compartilhar)\b [^.\n]*
    # Italian
    | \bmi\s+dispiace,?\s+ma\s+non\s+(?:posso|sono\s+in\s+grado)\b [^.\n]*
    | \bnon\s+(?:posso|sono\s+in\s+grado\s+di)\s+(?:fornire|fornirti|creare|scrivere|generare|redigere|aiutarti|aiutare|soddisfare|produrre|completare|includere|condividere)\b [^.\n]*
  )
prefilter: [['\bnot\b', '\bable\b'], ['\bcan\b', '\bnot\b'], '\bsorry', '\bapologi', '\bcannot', '\bcan''t', '\bcan’t', '\bunable', '\bi''m', '\bi’m', '\bwon''t', '\bwon’t', '\bdecline', '\bpolic', '\bpuedo', '\bposible', '\bpeux', '\bmesure', '\bcapable', ['\bje\b', '\bsuis\b'], '\bleid\b', '\bkann\b', '\blage\b', '\bposso', '\bconsigo', '\bcapaz', '\bgrado', '\bdispiace']
starts: ['\bi''m', '\bi’m', '\bi\s', '\bgo', '\bwould', '\blo', '\bdisculp', '\bperd', '\blament', '\bno', '\bje', '\bes', '\bich', '\bdesculp', '\bsinto', '\binfelizmente', '\bn\u', '\bmi']
examples:
  triggering:
    - |
      ↓I'm sorry, but I can't generate a product name that includes a trademarked brand.

      Outdoor dining set, seven pieces.
    - |
      ↓I cannot fulfill this request because it involves a real person.
    - |
      The match ended 2-2.
      ↓I'm unable to provide specific injury details for the players.
    - |
      ↓Lo siento, pero no puedo incluir datos personales de los inquilinos.
    - |
      ↓Je ne peux pas fournir d'informations sur l'état de santé du maire.
    - |
      ↓Ich kann leider keine Angaben zu laufenden Ermittlungen machen.
    - |
      ↓Não posso fornecer os nomes dos pacientes internados.
    - |
      ↓Non posso fornire dettagli sulle trattative in corso.
  non_triggering:
    - |
      "I'm sorry, but I cannot comment on the cause while the investigation is ongoing," a police spokesperson said.
    - |
      The company declined to comment on the request.
    - |
      „Es tut mir leid, aber ich kann dazu nichts sagen“, sagte der Sprecher.
    - |
      « Je ne peux pas vous donner de date », a répondu la ministre.
    - |
      I can't help thinking the council got this one right.

"""#),
        ("assistant-residue/chat_speaker_label.yml", #"""
id: chat_speaker_label
name: Chat Speaker Label
summary: An assistant's speaker label ("Assistant:", "ChatGPT:") opens one of the article's first lines; a chat transcript's reply was pasted whole.
category: assistant-residue
severity: error
origin: >-
  ../shared/cases/TAXONOMY.md §6 ui_chrome (chat transcripts pasted as text); issue 14 capability 1
  (transcript speaker labels). Only on the first lines: later in an article "AI:" can open an
  interview answer, and chat_ui_label pairs labels there.
message: "Chat speaker label opens the article: {match}"
scope: first_lines
lines: 5
skip: [code]
extended: true
pattern: |
  (?:^|(?<=\x{2028}))[ \t]* (?:chatgpt|gpt-?\d[\w.-]*|claude|gemini|copilot|bard|perplexity|grok|deepseek|mistral|assistant|ai\s+assistant|ai)
  [ \t]* : [ \t]* \S [^\n]*
prefilter: ['^chatgpt', '^gpt', '^claude', '^gemini', '^copilot', '^bard', '^perplexity', '^grok', '^deepseek', '^mistral', '^assistant', '^ai\b']
examples:
  triggering:
    - |
      ↓Assistant: Ferry Fares Rise for the First Time in Five Years

      The ferry operator raised fares on Monday.
    - |
      Council Approves Budget
      ↓ChatGPT: The council approved its budget on Tuesday after a long debate.
  non_triggering:
    - |
      Council Approves Budget

      The council approved its budget on Tuesday. Its assistant: a new clerk.
    - |
      AI Rules for Schools

      Schools will publish rules on the use of AI in coursework.

"""#),
        ("assistant-residue/chat_ui_label.yml", #"""
id: chat_ui_label
name: Chat Interface Label
summary: A chat interface's button, footer or speaker label is pasted into the article.
category: assistant-residue
severity: error
repair: line
origin: >-
  ../shared/cases/TAXONOMY.md §6 ui_chrome (PubPeer's "Regenerate response" papers; vendor footers);
  issue 14 capability 1: transcript speaker labels ("ChatGPT said:", "You said:", a "User:" line
  answered by an "Assistant:" line) as line labels.
message: "Chat interface label pasted into the article: {match}"
extended: true
pattern: |
  (?(DEFINE)
    (?<bot> chatgpt|gpt-?\d[\w.-]*|claude|gemini|copilot|bard|perplexity|grok|le\s+chat|mistral|deepseek|llama|meta\s+ai|the\s+assistant|assistant|ai\s+assistant|bot)
    (?<human> user|human|you|me|prompt|question|utilisateur|usuario|usu[áa]rio|utente|nutzer|benutzer)
    (?<weakui> copy | copied | copy\s+(?:text|response|to\s+clipboard) | edit | share | retry | try\s+again | like | dislike | read\s+aloud
             | good\s+response | bad\s+response | thumbs\s+up | thumbs\s+down | more | sources | 👍 | 👎 | \d+\s*/\s*\d+
             | copiar | editar | compartir | reintentar | copier | modifier | partager | r[ée]essayer | kopieren | bearbeiten | teilen
             | wiederholen | copia | modifica | condividi | riprova | compartilhar | tentar\s+novamente )
    (?<strongui> regenerate(?:\s+response)? | copy\s+code | was\s+this\s+response\s+(?:better|helpful|useful)\??
             | is\s+this\s+conversation\s+helpful\s+so\s+far\?? | regenerar(?:\s+respuesta)? | r[ée]g[ée]n[ée]rer(?:\s+la\s+r[ée]ponse)?
             | neu\s+generieren | antwort\s+neu\s+generieren | rigenera(?:\s+risposta)? | gerar\s+(?:novamente|nova\s+resposta) )
  )
  (?: # A cluster: the chat window's small buttons (each weak alone: "Copy", "Edit", "Share") on
      # their own lines next to a label only a chat window shows ("Regenerate", "Was this response
      # helpful?"), reported as one finding from its first line to its last.
      (?:^|(?<=\x{2028}))[ \t]* (?:(?&weakui) [ \t]* (?:\n[ \t]*){1,3})+ (?&strongui) [ \t]* (?: (?:\n[ \t]*){1,3} (?&weakui) [ \t]* (?=\n|$) )*
    | (?:^|(?<=\x{2028}))[ \t]* (?&strongui) [ \t]* (?: (?:\n[ \t]*){1,3} (?&weakui) [ \t]* (?=\n|$) )+
    # The same buttons on one line ("Copy · Retry · Share"), with one that only a chat window shows.
    | (?:^|(?<=\x{2028}))[ \t]* (?=[^\n]{0,120}?\b(?:retry|regenerate|read\s+aloud|good\s+response|bad\s+response|try\s+again|reintentar|reessayer|wiederholen|riprova|tentar\s+novamente)\b)
        (?&weakui) (?: [ \t]* [·|•/] [ \t]* (?&weakui) )+ [ \t]* $
    | (?:^|(?<=\x{2028}))[ \t]* (?:(?&strongui)|thought\s+for\s+\d+\s*(?:s|sec|secs|seconds?|m|min|minutes?)|searched\s+\d+\s+sites?
              |reasoned\s+for\s+\d+\s*(?:s|seconds?|m|minutes?)|\d+\s*/\s*\d+\s+(?:regenerate|copy)|was\s+this\s+response\s+(?:better|helpful)\b[^\n]*) [ \t]* $
    | \b(?:chatgpt|claude|gemini|copilot|the\s+assistant)\s+can\s+make\s+mistakes\.?
        (?:\s+(?:check|consider\s+checking|verify)\s+important\s+info(?:rmation)?\.?)?
    # "ChatGPT said:", "You said:" as line labels.
    | (?:^|(?<=\x{2028}))[ \t]* (?:chatgpt|gpt-?\d[\w.-]*|claude|gemini|copilot|bard|perplexity|grok|deepseek) \s+ (?:said|wrote|replied|answered) [ \t]* : [^\n]*
    | (?:^|(?<=\x{2028}))[ \t]* you \s+ (?:said|wrote|asked) [ \t]* : [ \t]* $
    # A human speaker label answered later by an assistant label, and the other way round.
    | (?:^|(?<=\x{2028}))[ \t]* (?&human) [ \t]* : [ \t]* \S [^\n]* (?= (?:\n[^\n]*){0,40}? [\n\x{2028}][ \t]* (?&bot) [ \t]* : [ \t]* \S )
    | (?:^|(?<=\x{2028}))[ \t]* (?&bot) [ \t]* : [ \t]* \S [^\n]* (?= (?:\n[^\n]*){0,40}? [\n\x{2028}][ \t]* (?&human) [ \t]* : [ \t]* \S )
  )
prefilter: ['\bretry', '\bread', '\bgood', '\bbad', '\btry', '\breintentar', '\breessayer', '\bwiederholen', '\briprova', '\btentar', '^regenerate', '^regenerar', '^r', '^neu\b', '^antwort', '^rigenera', '^gerar', '^is\b', '^copy\b', '^thought', '^searched', '^reasoned', '^was\b', '\bmistakes', '\bsaid', '\bwrote', '\basked', '\breplied', '\banswered', '^user', '^human', '^you', '^me', '^prompt', '^question', '^utilisat', '^usu', '^utente', '^nutzer', '^benutzer', '^chatgpt', '^gpt', '^claude', '^gemini', '^copilot', '^bard', '^perplexity', '^grok', '^le', '^mistral', '^deepseek', '^llama', '^meta', '^the', '^assistant', '^ai', '^bot']
starts: ['^', '\bchatgpt', '\bclaude', '\bgemini', '\bcopilot', '\bthe']
examples:
  triggering:
    - |
      The ferry resumes on Monday.

      ↓Copy · Retry · Share
    - |
      Heavy metal concentrations were measured by spectrometry.
      ↓Regenerate response
      Results were compared with background values.
      ↓ChatGPT can make mistakes. Check important info.
    - |
      ↓ChatGPT said:
      The museum reopens on Saturday after a two-year refit.
    - |
      ↓User: Write a short story about the museum reopening.
      Assistant: Sure, here is a short story about the museum.
      The museum reopens on Saturday.
    - |
      The quartet return in March.
      ↓Copy
      Edit
      Regenerate
    - |
      Le festival revient en juin.
      ↓Régénérer
      Copier
      Partager
  non_triggering:
    - |
      Share · Copy link · Email · Print
    - |
      Share
      Like
      Copy
    - |
      Users can click "Regenerate response" to get a different answer, the company said.
    - |
      The update lets users regenerate responses they dislike.
    - |
      Credits
      Director: Ana Ruiz
      Assistant: Tomás Vidal
    - |
      Q: When does the museum reopen?
      A: On Saturday, the director said.

"""#),
        ("assistant-residue/citation_token.yml", #"""
id: citation_token
name: Chat Citation Token
summary: A chat assistant's internal citation handle or tracking parameter is left in the text.
category: assistant-residue
severity: error
repair: token
origin: >-
  ../shared/cases/TAXONOMY.md §9 citation_artifact (claude-vibes model-fingerprints.md; resaikit E5;
  Wikipedia "Rabbit URL tracker" utm_source list).
message: "Chat citation token left in the text: {match}"
extended: true
pattern: |
  # A token named in running prose as an example ("strings such as turn0search3 or turn1news5")
  # is a mention, not residue: the lookbehind skips tokens introduced by an example cue or
  # coordinated with another one.
  (?<! \bsuch\sas\s | \blike\s | \bincluding\s | \bor\s | \band\s | \be\.g\.\s | \bas\s | \bcalled\s | \bnamed\s | \bstring\s | \bstrings\s | \btoken\s | \btokens\s | \bmarker\s | \bmarkers\s | \bthe\sword\s | \bexample\s | \bexamples\s )
  (?: :?contentReference\[oaicite:\d+\](?:\{index=\d+\})?
    | \bcite(?:turn\d+(?:search|news|image|file|view|fetch)\d+)+
    | (?<![\w]) turn\d+(?:search|news|image|file|view|fetch)\d+ \b
    | \[oai_citation:\d+ [^\]\n]* \]
    # The same as the text of a Markdown link, whose brackets are markup: "oai_citation:1‡site.com".
    | (?<![\w\[]) oai_citation:\d+ (?:‡[^\s\]]*)?
    | 【\d+(?::\d+)?† [^】\n]* 】
    | [?&]utm_source=(?:chatgpt\.com|chatgpt|openai|perplexity|copilot|gemini|claude|grok|groq|jasper|askpandi)\b
    | \battributableIndex\b
    | <grok_card\b [^>\n]* >
    | \[(?:web|attached_file|cite):\s?\d+(?:,\s?\d+)*\]
    | \[cite_(?:start|end)\]
  )
prefilter: ['[oaicite:', '\bciteturn', '\bturn\d', '[oai_citation:', '\boai_citation:', '【', '\butm_source=', '\battributableindex', '<grok_card', '[web:', '[attached_file:', '[cite:', '[cite_']
examples:
  triggering:
    - |
      The reservoir reached 92 percent of capacity. ↓:contentReference[oaicite:0]{index=0}
      The ban was lifted the following week. ↓citeturn0search3
      Source: https://water.example.org/restrictions↓?utm_source=chatgpt.com
  non_triggering:
    - |
      Sign up at https://news.example.org/?utm_source=newsletter for updates [1].
    - |
      Editors have found strings such as turn0search3 or turn1news5 in the middle of sentences.

"""#),
        ("assistant-residue/dummy_value.yml", #"""
id: dummy_value
name: Dummy Value
summary: A template's dummy figure ("$XX million", "up X%", "20XX", "$X,XXX") was never replaced by the real value.
category: assistant-residue
severity: error
origin: >-
  ../shared/cases/TAXONOMY.md §7 placeholder (dummy numbers: "XX million", "up X%", "20XX", "$X,XXX");
  issue 14 capability 1. Runs of X stand for digits only where a digit could: before a unit, a
  percent sign or a magnitude word, after a currency sign, or grouped like a number. Roman numerals
  (Super Bowl XX, Pius XII) and the brand X ("posted on X") have none of these and stay silent.
message: "Dummy value never filled in: {match}"
caseless: false
extended: true
pattern: |
  (?(DEFINE)
    (?<unit> (?i: %|percent|per\s+cent|percentage\s+points?|million|billion|trillion|thousand|bn|mn
           |por\s+ciento|millones|mil\s+millones|pour\s+cent|millions?|milliards?|prozent|millionen|milliarden|mio\.?|mrd\.?|por\s+cento|milh[õo]es|bilh[õo]es|per\s+cento|milioni|miliardi ) )
  )
  (?: (?<![\w$€£¥.,]) [$€£¥] \s? X{1,4} (?:[.,]X{1,3})* (?:\s?(?&unit))? (?![\w])
    | (?<![\w$€£¥.,-]) X{1,3} (?:[.,]X{1,3})+ (?:\s?(?&unit))? (?![\w])
    | (?<![\w$€£¥.,-]) X{1,3} (?:\s?%|\s(?&unit)\b) (?:\s?(?:dollars|euros|pounds|USD|EUR|GBP|d[óo]lares|reais|euro))?
    | (?<![\w-]) (?:19|20)XX (?![\w])
    | (?<![\w-]) XX (?=\s(?:people|residents|jobs|homes|units|students|patients|employees|staff|workers|cases|deaths|votes|seats|stores|days|weeks|months|years|hours|minutes|km|miles|kilometres|kilometers|acres|hectares|tonnes|tons|litres|liters
              |kilograms?|kilos|kg|grams?|g|pounds|lbs?|ounces|oz|metres|meters|m|centimetres|centimeters|cm|feet|ft|inches|degrees|points|goals|runs|games|matches|episodes|pages|copies|visitors|passengers|participants|members|children|cars|vehicles|beds|flights|trains|buses)\b)
    | \b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+XX\b
  )
prefilter: ['$x', '€x', '£x', '¥x', '\bx%', '\bxx', '\bx,', '\bx.', '\b19xx', '\b20xx', '\bpercent', '\bper\b', '\bmillion', '\bbillion', '\btrillion', '\bthousand', '\bbn\b', '\bmn\b', '\bpor\b', '\bmillones', '\bmil\b', '\bpour\b', '\bmilliard', '\bprozent', '\bmio', '\bmrd', '\bmilh', '\bbilh', '\bmilioni', '\bmiliardi']
examples:
  triggering:
    - |
      Revenue rose to ↓$XX million in the quarter.
    - |
      Ridership is up ↓X% on last year, and the fleet will be replaced by ↓20XX.
    - |
      The average ticket now costs ↓€X,XX and the scheme reached ↓XX,XXX households.
    - |
      Die Fahrgastzahlen stiegen um ↓XX Prozent.
  non_triggering:
    - |
      Pope Pius XII met the delegation before Super Bowl XX was played.
      She posted on X that turnout was 40 percent, and the X account has 2 million followers.
    - |
      Malcolm X spoke there in 1964; the XXL shirts sold out.

"""#),
        ("assistant-residue/knowledge_cutoff.yml", #"""
id: knowledge_cutoff
name: Knowledge Cutoff Disclaimer
summary: A model's training-cutoff or no-real-time-data disclaimer is published in the article.
category: assistant-residue
severity: error
origin: >-
  ../shared/cases/TAXONOMY.md §5 knowledge_cutoff (404 Media on Google Books; allenai/open-instruct
  filter_cutoff_date.py); issue 14 capability 1: first-person possessive × update/cutoff/training noun,
  first-person "no access" × real-time data, in English, Spanish, French, German, Portuguese and Italian.
  A newsroom's "As of our last update" stays silent.
message: "Knowledge-cutoff disclaimer in the article: {match}"
skip: [quotations, code]
page_residue: true
extended: true
pattern: |
  (?: \b(?:as\s+of|up\s+to|until)\s+my\s+(?:last|latest|most\s+recent|final)?\s*(?:knowledge|training|data)?\s*(?:update|cutoff|cut-off|training(?:\s+data)?)\b [^,.\n]*
    | \b(?:since|after|based\s+on|beyond)\s+my\s+(?:last\s+|latest\s+)?(?:knowledge|training)\s*(?:update|cutoff|cut-off|data)\b [^,.\n]*
    | \bmy\s+(?:knowledge|training)(?:\s+data)?\s+(?:cutoff|cut-off)\b
    | \bmy\s+(?:training\s+data|knowledge|information|data)\s+(?:only\s+)?(?:goes|extends|runs|is\s+current|is\s+up\s+to\s+date)\s+(?:up\s+)?(?:to|until|through|as\s+of)\b [^,.\n]*
    | \bi\s+(?:don['’]t|do\s+not)\s+have\s+(?:access\s+to\s+)?(?:the\s+)?(?:real-time|realtime|current|live|up-to-date|the\s+latest|latest)\s+[\w-]+
    | \bi\s+(?:can['’]t|cannot|am\s+unable\s+to|['’]m\s+unable\s+to|am\s+not\s+able\s+to)\s+(?:browse|access|search)\s+(?:the\s+)?(?:internet|web|live\s+\w+|real-time\s+\w+)\b
    # Any language: a first-person possessive on a noun phrase that only names a model's own
    # knowledge or training ("de acuerdo con mi última actualización de conocimientos", "d'après
    # mes données d'entraînement", "i miei dati di addestramento"), whatever precedes it.
    | \b(?:my|mi|mis|ma|mon|mes|mein|meine[mnrs]?|minha|minhas|meu|meus|mio|mia|miei|mie)\s+
        (?:(?:last|latest|most\s+recent|[uú]ltim[oa]s?|derni[eè]res?|letzte[mnrs]?|ultim[oai])\s+)?
        (?:(?:knowledge|training)\s+(?:update|cutoff|cut-off|data)
          | actualizaci[oó]n\s+de\s+(?:mis\s+)?conocimientos | datos\s+de\s+entrenamiento | corte\s+de\s+conocimientos?
          | mise\s+[àa]\s+jour\s+des?\s+(?:mes\s+)?connaissances | donn[ée]es\s+d['’]entra[îi]nement
          | Trainingsdaten | Trainingsstand | Wissens-?(?:update|aktualisierung)
          | atualiza[çc][ãa]o\s+d[eo]s?\s+(?:meus\s+)?conhecimentos? | dados\s+de\s+(?:treinamento|treino) | corte\s+de\s+conhecimento
          | aggiornamento\s+delle\s+(?:mie\s+)?conoscenze | dati\s+di\s+(?:addestramento|training) )\b [^,.\n]*
    # Spanish
    | \b(?:hasta|seg[uú]n|desde)\s+(?:la\s+fecha\s+de\s+)?mi\s+(?:[uú]ltima\s+)?(?:actualizaci[oó]n|fecha\s+de\s+corte|corte\s+de\s+conocimientos?|entrenamiento)\b [^,.\n]*
    | \bno\s+tengo\s+acceso\s+a\s+(?:la\s+)?(?:informaci[oó]n|datos|cifras|noticias)\s+(?:en\s+tiempo\s+real|actualizad[oa]s?|recientes|m[aá]s\s+recientes)\b
    | \bmis\s+conocimientos\s+(?:llegan|se\s+extienden|est[aá]n\s+actualizados)\s+hasta\b [^,.\n]*
    # French
    | \b(?:jusqu['’][àa]|[àa]\s+la\s+date\s+de|selon|lors\s+de|depuis)\s+ma\s+(?:derni[eè]re\s+)?(?:mise\s+[àa]\s+jour|date\s+(?:limite|de\s+coupure)|formation)\b [^,.\n]*
    | \bje\s+n['’]ai\s+pas\s+acc[eè]s\s+(?:[àa]\s+des|aux)\s+(?:informations|donn[ée]es|chiffres)\s+(?:en\s+temps\s+r[ée]el|[àa]\s+jour|r[ée]centes)\b
    | \bmes\s+connaissances\s+(?:s['’]arr[eê]tent|sont\s+[àa]\s+jour|datent|vont)\b [^,.\n]*
    # German
    | \b(?:stand|nach\s+dem\s+stand)\s+meine[rs]\s+(?:letzten\s+)?(?:wissensstand(?:es|s)?|trainings\w*|wissens-?updates?|aktualisierung)\b [^,.\n]*
    | \bmein\s+(?:wissensstand|trainingsstand|wissen)\s+(?:reicht|endet|geht)\s+(?:nur\s+)?bis\b [^,.\n]*
    | \bmeine\s+trainingsdaten\s+(?:reichen|enden|gehen)\b [^,.\n]*
    | \bich\s+habe\s+keinen\s+zugriff\s+auf\s+(?:aktuelle|echtzeit|live)[\w-]*\b
    # Portuguese
    | \bat[ée]\s+(?:[àa]\s+data\s+d[ao]\s+)?(?:[àa]\s+)?(?:minha|o\s+meu|meu)\s+(?:[uú]ltim[oa]\s+)?(?:atualiza[çc][ãa]o|corte\s+de\s+conhecimento|treinamento|treino)\b [^,.\n]*
    | \bn[ãa]o\s+tenho\s+acesso\s+a(?:os)?\s+(?:informa[çc][õo]es|dados|n[úu]meros|boletins)\s+(?:em\s+tempo\s+real|atualizad[oa]s|recentes|mais\s+recentes)\b
    | \bmeu\s+conhecimento\s+(?:vai|se\s+estende|est[áa]\s+atualizado)\s+at[ée]\b [^,.\n]*
    # Italian
    | \b(?:fino\s+al(?:la)?|al(?:la)?\s+data\s+del(?:la)?|secondo\s+il|secondo\s+la|dal(?:la)?)\s+mi[oa]\s+(?:ultim[oa]\s+)?(?:aggiornamento|data\s+(?:di\s+cutoff|limite)|addestramento)\b [^,.\n]*
    | \bnon\s+ho\s+accesso\s+a\s+(?:informazioni|dati|notizie)\s+(?:in\s+tempo\s+reale|aggiornat[ei]|recenti)\b
    | \ble\s+mie\s+conoscenze\s+(?:si\s+fermano|arrivano|sono\s+aggiornate)\b [^,.\n]*
  )
prefilter: ['\bmy\b', '\bmon\b', '\bmes\b', '\bmeus\b', '\bminhas\b', '\bmiei\b', '\bdon''t', '\bdon’t', ['\bnot\b', '\bhave\b'], '\bbrowse', '\binternet', ['\baccess', '\bweb\b'], ['\baccess', '\blive\b'], ['\baccess', '\breal-time'], ['\bsearch', '\bweb\b'], '\bmi\b', '\btengo\b', '\bmis\b', '\bma\b', '\bn''ai', '\bn’ai', '\bconnaissances', '\bmeine', '\bmein\b', '\bich\b', '\bminha\b', '\bmeu\b', '\btenho\b', '\bmio\b', '\bmia\b', '\bho\b', '\bmie\b', '\bcutoff', '\bcut-off']
starts: ['\bmi', '\bma', '\bmon', '\bmes', '\bmein', '\bminha', '\bmeu', '\bmio', '\bmia', '\bmie', '\bas', '\bup', '\buntil', '\bsince', '\bafter', '\bbased', '\bbeyond', '\bmy', '\bi\s', '\bhasta', '\bseg', '\bdesde', '\bno', '\bmis', '\bjusqu', '\ba\s', '\bselon', '\blors', '\bdepuis', '\bje', '\bmes', '\bstand', '\bnach', '\bmein', '\bich', '\bat', '\bna', '\bn\u', '\bmeu', '\bfino', '\bal', '\bda', '\bsecondo', '\ble']
examples:
  triggering:
    - |
      The central bank held its rate at 3.25 percent.
      ↓As of my last knowledge update in January 2024, the bank had not signalled any change.
    - |
      ↓I don't have access to real-time information, so check the bank's website.
    - |
      ↓Up to my latest training data, the line had four stations.
    - |
      ↓Hasta mi última actualización, el embalse estaba al 40 %.
    - |
      Conforme a ↓mis datos de entrenamiento, el puerto tenía tres muelles.
    - |
      D'après ↓mes données d'entraînement, la ligne comptait huit stations.
    - |
      ↓Jusqu'à ma dernière mise à jour, le chantier n'avait pas commencé.
    - |
      ↓Stand meines letzten Wissensstands war die Brücke gesperrt.
    - |
      ↓Até a minha última atualização, a obra estava parada.
    - |
      ↓Non ho accesso a informazioni in tempo reale sul traffico.
  non_triggering:
    - |
      As of our last update at 6 p.m., the road remained closed.
    - |
      Chatbots often mention their knowledge cutoff when asked about recent events.
    - |
      Selon ma source au ministère, le texte sera voté lundi.

"""#),
        ("assistant-residue/reasoning_leak.yml", #"""
id: reasoning_leak
name: Reasoning Leak
summary: A reasoning model's thinking block or planning monologue is published in the article.
category: assistant-residue
severity: error
repair: sentence
origin: >-
  ../shared/cases/TAXONOMY.md §11 reasoning_leak (jundot/omlx#2860; Rapid-MLX#875; open-instruct's
  think-tag stripping); issue 14 capability 1: think tags, and planning monologue as a grammar
  (a filler opener × the requester or a first-person plan; a first-person plan verb × the text being
  written), with the requester nouns of Spanish, French, German, Portuguese and Italian.
message: "Model reasoning published in the article: {match}"
skip: [quotations, code]
extended: true
pattern: |
  (?(DEFINE)
    (?<plan> make\s+sure|keep|mention|include|start|begin|open|lead|structure|check|double-check|verify|avoid|focus|note|emphasi[sz]e|highlight
           |add|end|wrap\s+up|close|draft|write|outline|frame|present|summari[sz]e|recall|cover|figure\s+out|think\s+about|consider|organi[sz]e|use|stick|put|go\s+with
           |lay\s+out|set\s+out|explain|describe|walk\s+through|break\s+down|go\s+through|run\s+through|list|finish|sketch|map\s+out|establish)
    (?<piece> article|piece|draft|summary|headline|lede|lead|intro(?:duction)?|tone|structure|word\s+count|words|paragraphs?|conclusion|quotes?|sources?|jargon|reader|user|request|prompt|brief|story|sidebar|table|breakdown|angle|nut\s+graf|sections?|closing|ending|outline)
    (?<user> the\s+user | el\s+usuario | la\s+usuaria | l['’]utilisateur | l['’]utilisatrice | der\s+(?:be)?nutzer | die\s+(?:be)?nutzerin | o\s+usu[áa]rio | a\s+usu[áa]ria | l['’]utente )
    (?<want> wants|wanted|asked|is\s+asking|needs|requested|would\s+like|has\s+asked|gave|provided
           | quiere|pide|ha\s+pedido|solicita|necesita | veut|demande|souhaite|a\s+demand[ée] | m[öo]chte|will|bittet|w[üu]nscht|hat\s+gebeten
           | quer|pede|pediu|solicita|precisa | vuole|chiede|ha\s+chiesto|desidera )
    (?<me> i\s+should|i\s+need\s+to|i['’]ll|i\s+will|i\s+must|let\s+me|i\s+have\s+to|i\s+can|i['’]m\s+going\s+to|maybe\s+i
         | debo|tengo\s+que|voy\s+a|deber[ií]a | je\s+dois|je\s+vais|je\s+devrais | ich\s+sollte|ich\s+muss|ich\s+werde
         | sollte\s+ich|muss\s+ich|werde\s+ich | devo|preciso|vou|deveria | dovrei|vado\s+a|posso )
  )
  # Think tags are left to the Swift analyzer reasoning_block, which reads them in the source
  # (a Markdown reader drops a <think> line, and the block's text, as an HTML block).
  (?: # A filler opener, then the requester or a first-person plan.
      (?:^|(?<=\x{2028}))[ \t]* (?:okay|ok|alright|all\s+right|hmm+|right|so|well|now|wait|first|next|vale|bueno|bon|alors|d['’]accord|also|gut|allora|ok[,.]?\s+ent[ãa]o|bem)[,.!]?\s+(?:so,?\s+)?
        (?: (?&user)\s+(?&want) | (?&me)\s+(?:\w+\s+){0,3}?(?&plan)\b (?=[^\n]*\b(?&piece)\b) ) [^\n]*
    # The requester and a first-person plan in the same sentence, in either order.
    | \b(?&user)\s+(?&want)\b [^.\n]*? \b(?&me)\b [^\n]*
    | \b(?&me)\b [^.\n]*? \b(?&user)\s+(?&want)\b [^\n]*
    # A writing plan opening a sentence: a first-person plan ("Let me", "I'll", "First, I'll", "Now I
    # should") with a verb of composing and a part of the text in the same sentence, chained to a
    # second step ("…, then I should add quotes") or bounded by a word count ("keep it under 400
    # words"): the plan of the text in progress, which a columnist's "I'll" does not lay out.
    | (?:^|(?<=\x{2028})|(?<=[.!?]\s)) [ \t]* (?:(?:now|next|then|first|so|okay|ok|alright|right)[,]?\s+)?
        (?:let\s+me|i['’]ll|i\s+will|i\s+should|i\s+need\s+to|i['’]m\s+going\s+to|i\s+am\s+going\s+to|i\s+must|i['’]d\s+better) \s+
        (?: (?=[^.!?\n]*?\b(?&plan)\b) (?=[^.!?\n]*?\b(?&piece)\b)
            (?=[^.!?\n]*? (?: \b(?:then|next|after\s+that|afterwards|finally|and\s+then)\s*,?\s+(?&me)\b
                            | [,;:]\s*(?:first|then)\s*,?\s+(?&me)\b
                            | \b(?:under|below|around|about|within|at\s+most)\s+\d+\s+words\b ))
          # Or two steps of composing chained ("I'll add the reaction, and then I should close with …").
          | (?=(?:also\s+|probably\s+|first\s+)?(?&plan)\b [^.!?\n]*? \b(?:then|next|after\s+that|afterwards|finally)\s*,?\s+(?&me)\s+(?:also\s+|probably\s+)?(?&plan)\b) )
        [^\n]*? (?:[.!?](?=\s|$)|$)
    # A first-person plan about the text being written, opening a line.
    | (?:^|(?<=\x{2028}))[ \t]* (?:let\s+me|i\s+should|i\s+need\s+to|i['’]ll\s+need\s+to|i\s+will\s+need\s+to|first,?\s+i['’]ll|first,?\s+i\s+(?:should|need\s+to|will))\s+(?:also\s+|probably\s+|first\s+)?(?&plan)\b
        [^.\n]*? \b(?:the|my|this)\s+(?:\w+\s+)?(?&piece)\b [^.\n]* [.;]? [^\n]*? (?:\b(?:i\s+should|i\s+need\s+to|i['’]ll|then\s+i|and\s+then)\b [^\n]*)?
  )
prefilter: ['\blet\b', '\bi''', '\bi’', '\bi\s', '\buser\b', '\busuario', '\busuaria', '\butilisat', '’utilisat', '\bnutzer', '\bbenutzer', '\busu', '\butente', '’utente', '^let\b', '^i\b', '^first', '^okay', '^ok', '^alright', '^all\b', '^hmm', '^right', '^so\b', '^well', '^now', '^wait', '^next', '^vale', '^bueno', '^bon\b', '^alors', '^d', '^also', '^gut', '^allora', '^bem']
starts: ['^', '\bnow', '\bnext', '\bthen', '\bfirst', '\bso\b', '\bokay', '\bok\b', '\balright', '\bright', '\bthe', '\bel', '\bla', '\bl''', '\bl’', '\bder', '\bdie', '\bo\s', '\ba\s', '\bi\s', '\bi''', '\bi’', '\blet', '\bmaybe', '\bdebo', '\btengo', '\bvoy', '\bdeber', '\bje', '\bich', '\bsollte', '\bmuss', '\bwerde', '\bdevo', '\bpreciso', '\bvou', '\bdeveria', '\bdovrei', '\bvado', '\bposso']
examples:
  triggering:
    - |
      <think>
      ↓The user wants a short news brief, so I should keep it neutral.
      </think>
      The footbridge will close for repairs from 3 to 14 June.
    - |
      ↓Okay, so the user wants an article about the council vote.
    - |
      ↓Let me open with the vote count and keep the article under 400 words.
    - |
      ↓Alright, I need to make sure the headline names the school.
    - |
      ↓Vale, el usuario quiere una crónica corta del pleno.
    - |
      ↓Der Nutzer möchte einen kurzen Bericht, also sollte ich mit dem Ergebnis beginnen.
    - |
      Moreau leads by 41 seconds. ↓Let me think about how to lay out the rest: first I'll give the standings, then I should add a quote.
    - |
      ↓First, I'll outline the funding figures, then I will add the reaction section.
    - |
      ↓Now I need to wrap up the article and keep it around 300 words.
    - |
      The vote was delayed. ↓Now I'll add the reaction from the opposition, and then I should close with the new date.
  non_triggering:
    - |
      I'll admit I was sceptical at first, then I was won over by the second half of the concert.
      Let me start with a confession: I have never liked opera.
      I will write about the budget again next week, when the figures are final.
    - |
      Retailers say the user wants faster checkout and fewer pop-ups.
    - |
      Let me be clear: the council has made the right call.
    - |
      So the council voted, and nobody was surprised.

"""#),
        ("assistant-residue/requester_address.yml", #"""
id: requester_address
name: Turn Addressed to the Requester
summary: A first-person turn speaks to the person who asked for the article ("based on the details you provided", "the user gave me", "you'd like me to", "let me know and I'll replace it").
category: assistant-residue
severity: error
origin: >-
  issue 14 capability 1 (the chat envelope: a first-person turn that speaks to the requester, anywhere
  in the text); ../shared/cases/TAXONOMY.md cross-cutting rule 4 (first person singular to a second
  person who is the requester, not the reader) and §10 meta_commentary; word lists for English,
  Spanish, French, German, Portuguese and Italian.
message: "Turn addressed to the requester published with the article: {match}"
skip: [quotations, code]
extended: true
pattern: |
  (?(DEFINE)
    # What a requester hands over (not "your article" or "your data", which a writer may say to a reader).
    (?<material> notes|prompt|request|instructions|brief|outline|draft|bullet\s+points|specifications|guidelines|requirements
               |source\s+(?:material|text)|original\s+(?:text|draft|article|version)|details|template|press\s+release|transcript|figures|facts|quotes|talking\s+points)
    (?<gave> provided|shared|gave(?:\s+me)?|given\s+me|sent(?:\s+me|\s+over)?|supplied|pasted|uploaded|attached|listed|requested|asked\s+for|included|forwarded|mentioned)
  )
  (?: \b(?:the|this)\s+user(?:['’]s)?\s+(?:gave|provided|shared|sent|supplied|pasted|uploaded)\s+me\b [^.\n]*
    | \b(?:the|this)\s+user['’]s\s+(?:notes|prompt|request|instructions|brief|outline|draft|input)\b [^.\n]*
    | \b(?:from|in|based\s+on|per|as\s+per|using|following|according\s+to)\s+your\s+(?:own\s+)?(?&material)\b [^.\n]*
    | \b(?:the\s+)?(?:notes|details|information|facts|figures|quotes|points|draft|outline|brief|text|material|press\s+release|transcript|bullet\s+points|source\s+material|numbers|data)
        \s+(?:that\s+)?you(?:['’]ve|\s+have)?\s+(?&gave)\b (?!\s+(?:when|to|at|during|on|with|for)\b) [^.\n]*
    | \byou(?:['’]d|\s+would)\s+like\s+me\s+to\b [^.\n]*
    | \byou\s+(?:want|wanted|asked)\s+me\s+to\b [^.\n]*
    | \b(?:as|like)\s+you\s+(?:requested|asked(?:\s+for)?|specified|instructed)\b [^.\n]*
    | \blet\s+me\s+know\s+(?:and|&)\s+i['’]ll\b [^.\n]*
    | \b(?:since|as|because)\s+you\s+(?:didn['’]t|did\s+not|haven['’]t|have\s+not)\s+(?:provide|specify|mention|include|give|share|say)\b [^.\n]*
    | \b(?:please\s+)?replace\s+(?:the\s+|these\s+|any\s+)?(?:placeholders?|bracketed\s+\w+)\s+with\b [^.\n]*
    | \bi['’]ll\s+(?:replace|update|fill\s+in|swap)\s+(?:it|them|that|those|the\s+(?:placeholder|figure|name|date|details|brackets?|quote))\b [^.\n]*
    # Spanish
    | \b(?:la\s+informaci[oó]n|los\s+datos|las\s+notas|el\s+texto|los\s+detalles|el\s+borrador|las\s+cifras)\s+que\s+me\s+(?:has\s+|ha\s+)?(?:proporcionado|proporcionaste|compartido|compartiste|enviado|enviaste|pasado|pasaste|facilitado|facilitaste|dado|diste)\b [^.\n]*
    | \b(?:seg[uú]n|con\s+base\s+en|a\s+partir\s+de|basad[oa]\s+en|bas[aá]ndome\s+en)\s+tus\s+(?:notas|indicaciones|instrucciones|datos|apuntes)\b [^.\n]*
    | \bcomo\s+me\s+(?:pediste|solicitaste|indicaste)\b [^.\n]*
    # French
    | \b(?:les\s+)?(?:informations|notes|[ée]l[ée]ments|donn[ée]es|d[ée]tails|texte|chiffres)\s+que\s+vous\s+m['’]avez\s+(?:fourni|donn[ée]|transmis|envoy[ée]|communiqu[ée])e?s?\b [^.\n]*
    | \b(?:selon|d['’]apr[eè]s|[àa]\s+partir\s+de)\s+(?:vos|tes)\s+(?:notes|indications|instructions|consignes)\b [^.\n]*
    | \bcomme\s+vous\s+me\s+l['’]avez\s+demand[ée]\b [^.\n]*
    # German
    | \b(?:die|den|das)\s+(?:du|sie)\s+mir\s+(?:\w+\s+)?(?:gegeben|geschickt|gesendet|bereitgestellt|genannt|geliefert|[üu]bermittelt)\s+(?:hast|haben)\b [^.\n]*
    | \b(?:basierend\s+auf|anhand|gem[äa][ßs]|laut|aus)\s+(?:deinen|deiner)\s+(?:notizen|angaben|anweisungen|informationen|stichpunkten|vorgaben)\b [^.\n]*
    | \bwie\s+(?:du|sie)\s+(?:es\s+)?(?:gew[üu]nscht|verlangt|angefragt)\s+(?:hast|haben)\b [^.\n]*
    # Portuguese
    | \b(?:as\s+)?(?:informa[çc][õo]es|notas|dados|detalhes|texto|n[úu]meros)\s+que\s+(?:voc[êe]\s+)?me\s+(?:forneceu|enviou|passou|compartilhou|deu|mandou)\b [^.\n]*
    | \bcomo\s+voc[êe]\s+(?:pediu|solicitou)\b [^.\n]*
    # Italian
    | \b(?:le\s+)?(?:informazioni|note|dati|dettagli|testo|appunti|cifre)\s+che\s+mi\s+(?:hai|ha|avete)\s+(?:fornito|fornite|dato|date|inviato|inviate|passato|condiviso|condivise|mandato)\b [^.\n]*
    | \b(?:in\s+base\s+alle|secondo\s+le|dalle)\s+tue\s+(?:note|indicazioni|istruzioni)\b [^.\n]*
    | \bcome\s+(?:mi\s+hai\s+chiesto|hai\s+richiesto)\b [^.\n]*
  )
prefilter: ['\buser', ['\byou\b', '\bprovided'], ['\byou\b', '\bshared'], ['\byou\b', '\bgave'], ['\byou\b', '\bgiven'], ['\byou\b', '\bsent'], ['\byou\b', '\bsupplied'], ['\byou\b', '\bpasted'], ['\byou\b', '\buploaded'], ['\byou\b', '\battached'], ['\byou\b', '\blisted'], ['\byou\b', '\brequested'], ['\byou\b', '\basked'], ['\byou\b', '\bincluded'], ['\byou\b', '\bforwarded'], ['\byou\b', '\bmentioned'], ['\byour\b', '\bnotes'], ['\byour\b', '\bprompt'], ['\byour\b', '\brequest'], ['\byour\b', '\binstructions'], ['\byour\b', '\bbrief'], ['\byour\b', '\boutline'], ['\byour\b', '\bdraft'], ['\byour\b', '\bbullet'], ['\byour\b', '\bspecifications'], ['\byour\b', '\bguidelines'], ['\byour\b', '\brequirements'], ['\byour\b', '\bsource'], ['\byour\b', '\boriginal'], ['\byour\b', '\bdetails'], ['\byour\b', '\btemplate'], ['\byour\b', '\bpress'], ['\byour\b', '\btranscript'], ['\byour\b', '\bfigures'], ['\byour\b', '\bfacts'], ['\byour\b', '\bquotes'], ['\byour\b', '\btalking'], ['\byou', '\bme\b'], ['\byou\b', '\bspecified'], ['\byou\b', '\binstructed'], ['\byou\b', '\bprovide'], ['\byou\b', '\bspecify'], ['\byou\b', '\bmention'], ['\byou\b', '\binclude'], ['\byou\b', '\bgive'], ['\byou\b', '\bshare'], ['\byou\b', '\bsay'], ['\blet\b', '\bknow\b'], '\bplaceholder', '\bbracketed', '\breplace', '\bfill\b', '\bswap\b', ['\bi''ll', '\bupdate'], ['\bi’ll', '\bupdate'], '\bproporcion', '\bcompart', '\benviado', '\benviaste', '\bpasado', '\bpasaste', '\bfacilit', '\bdado\b', '\bdiste\b', '\btus\b', '\bpediste', '\bsolicitaste', '\bindicaste', '\bm''avez', '\bm’avez', '\bvos\b', '\btes\b', '\bl''avez', '\bl’avez', '\bmir\b', '\bdeinen', '\bdeiner', '\bverlangt', '\bangefragt', '\bgew', '\bforneceu', '\benviou', '\bpassou', '\bcompartilhou', '\bdeu\b', '\bmandou', '\bpediu', '\bsolicitou', '\bfornit', '\bdato\b', '\bdate\b', '\binviato', '\binviate', '\bpassato', '\bcondivis', '\bmandato', '\btue\b', '\bchiesto', '\brichiesto']
starts: ['\bthe', '\bthis', '\bfrom', '\bin', '\bbas', '\bper', '\bas', '\busing', '\bfollowing', '\baccording', '\bnot', '\bde', '\bfacts', '\bfigures', '\bquotes', '\bpoints', '\bdraft', '\boutline', '\bbrief', '\btext', '\bmaterial', '\bpress', '\btranscript', '\bbullet', '\bsource', '\bnum', '\bn\u', '\bda', '\byou', '\blike', '\blet', '\bsince', '\bbecause', '\bplease', '\breplace', '\bi''ll', '\bi’ll', '\bla', '\blos', '\bel', '\bseg', '\bcon', '\ba\s', '\bcom', '\ble', '\bdonn', '\bd\u', '\bchiffres', '\bselon', '\bd''', '\bd’', '\bdie', '\bdas', '\banhand', '\bgem', '\blaut', '\baus', '\bwie', '\btesto', '\bappunti', '\bcifre', '\bsecondo']
examples:
  triggering:
    - |
      The pool reopens in May.
      I've used the figures ↓from your notes, rounded to the nearest thousand.
    - |
      Based on ↓the details you provided, the pool will reopen in May.
    - |
      If ↓you'd like me to add the opening hours, send them over.
    - |
      The pool cost 4 million to repair, though ↓the user gave me no date for the reopening.
    - |
      ↓Since you didn't mention the contractor, I left it out.
    - |
      Con ↓los datos que me has enviado, la piscina reabre en mayo.
    - |
      ↓D'après vos notes, la piscine rouvre en mai.
    - |
      ↓Basierend auf deinen Notizen öffnet das Bad im Mai.
    - |
      Com base nas ↓notas que você me enviou, a piscina reabre em maio.
    - |
      ↓In base alle tue note, la piscina riapre a maggio.
  non_triggering:
    - |
      Retailers say the user wants faster checkout and fewer pop-ups.
    - |
      Readers can send us the information you have about the closure.
    - |
      Laut ihren Angaben wurde das Bad im Mai geöffnet.
    - |
      Segundo suas declarações, a obra termina em maio.

"""#),
        ("assistant-residue/seo_field_label.yml", #"""
id: seo_field_label
name: Template Field Label
summary: A content template's field labels ("Title:", "Slug:", "Excerpt:", "Meta description:") open the published article.
category: assistant-residue
severity: error
origin: >-
  ../shared/cases/TAXONOMY.md §10 meta_commentary (auto-blog prompts that ban "Title:" and "Meta
  description:" labels); issue 14 capability 1: SEO field labels on the first lines, the headline
  included, in English, Spanish, French, German, Portuguese and Italian. "Editor's note:",
  "Correction:" and Q&A labels are newsroom labels and stay silent.
message: "Template field label at the top of the article: {match}"
scope: first_lines
lines: 6
skip: [code]
extended: true
pattern: |
  (?(DEFINE)
    # Labels that only a template or an SEO plug-in writes.
    (?<strong> (?:seo\s+|meta\s+)?title\s+tag | seo\s+(?:title|headline|description) | (?:url\s+)?slug | permalink | excerpt | meta[-\s]?(?:description|title|tags?) | focus\s+(?:keyword|keyphrase)s?
             | (?:primary|secondary|target|seo)\s+keywords? | keywords? | alt\s+text | featured\s+image | suggested\s+(?:title|headline)s?
             | meta[-\s]?descripci[oó]n | descripci[oó]n\s+meta | palabras?\s+clave | extracto | m[ée]ta[-\s]?description | mots?[-\s]cl[ée]s? | extrait
             | meta[-\s]?beschreibung | fokus[-\s]?keyword | schl[üu]sselw[öo]rter | auszug | teaser | meta[-\s]?descri[çc][ãa]o | palavras?[-\s]chave | resumo\s+seo
             | meta[-\s]?descrizione | parole?\s+chiave | estratto
             # A headline or dek given as a field: a newsroom prints the headline, not its label.
             | headline | sub-?headline | subhead | dek | [üu]berschrift )
    # Labels that a newsroom page may also print (a book's "Title:"): only with another label near them.
    # "Tags:" also ends many a published article (a CMS footer): only beside another label.
    (?<soft> tags | title | subtitle | lede | t[íi]tulo | subt[íi]tulo | titular | titre | sous-titre | chap[ôo] | titel | untertitel | titolo | sottotitolo | occhiello )
    (?<slab> [*_]{0,2} (?&strong) [*_]{0,2} [ \t]* [:：] )
    (?<flab> [*_]{0,2} (?&soft) [*_]{0,2} [ \t]* [:：] )
    (?<label> (?&slab) | (?&flab) )
    # A label's value ends at the line's end or before the next label (Markdown joins a paragraph's lines).
    (?<value> [ \t]* \S [^\n]*? (?= \s+ (?&label) | [ \t]* $ ) )
  )
  (?: (?:^|(?<=\x{2028})) [ \t]* (?&slab) (?&value)
    # A label a newsroom may also print counts with another label after it, or on the first line.
    | (?:^|(?<=\x{2028})) [ \t]* (?&flab) (?&value) (?= \s+ (?&label) | [^\n]* (?:\n[^\n]*){0,5}? [\n\x{2028}] [ \t]* (?&label) )
    # The first line of the text (after front matter, which the prose view blanks).
    | \G \s*+ (?&flab) (?&value)
    # The next label of a block of labels.
    | \G \s+ \K (?&label) (?&value) )
examples:
  triggering:
    - |
      ↓Title: Harbour Festival Draws Record Crowds

      The harbour festival drew 40,000 people on Saturday.
    - |
      Harbour Festival Draws Record Crowds
      ↓Slug: harbour-festival-record-crowds
      ↓Meta description: The harbour festival drew a record 40,000 visitors.

      The harbour festival drew 40,000 people on Saturday.
    - |
      ↓Titre : Le festival du port bat son record

      Le festival a attiré 40 000 personnes samedi.
    - |
      ↓Palabras clave: festival, puerto, récord
  non_triggering:
    - |
      Book of the Week

      Title: The Salt Road
      Author: Mira Castell
      Publisher: Northgate
    - |
      Editor's note: This article was updated on Monday.

      The harbour festival drew 40,000 people on Saturday.
    - |
      Q: When does the festival start?
      A: On Friday at noon.

"""#),
        ("assistant-residue/template_placeholder.yml", #"""
id: template_placeholder
name: Unfilled Template Slot
summary: A template slot ("[Insert company name]", "{{name}}", "[[TEAM]]") was never filled.
category: assistant-residue
severity: error
origin: >-
  ../shared/cases/TAXONOMY.md §7 placeholder (Gannett/LedeAI "[[…_MASCOT]]" ledes, Aug 2023;
  open_deep_research#59).
message: "Unfilled template slot: {match}"
caseless: false
extended: true
pattern: |
  (?(DEFINE)
    # Slot nouns a template names, Title Case or ALL CAPS, per language.
    (?<slot> Name|Title|Company|Date|Location|Link|City|Address|Number|Figure|Quote|Source|URL|Time|Day|Year|Amount|Price|Percentage|Percent|Age|Role|Position|Organi[sz]ation|Agency|Team|Score|Venue|Event|Product|Phone|Email|Website|Headline|Statistic|Stat|Detail|Details
          |Credit|Caption|Byline|Author|Photographer|Reporter|Nombre|Fecha|Ciudad|Empresa|Cifra|Cita|Enlace|Nom|Ville|Entreprise|Chiffre|Citation|Lien|Datum|Stadt|Firma|Unternehmen|Zahl|Zitat|Nome|Data|Cidade|Empresa|N[úu]mero|Citt[àa]|Azienda|Cifra|Citazione)
    (?<SLOT> NAME|TITLE|COMPANY|DATE|LOCATION|LINK|CITY|ADDRESS|NUMBER|FIGURE|QUOTE|SOURCE|URL|TIME|DAY|YEAR|AMOUNT|PRICE|PERCENTAGE|PERCENT|AGE|ROLE|POSITION|ORGANI[SZ]ATION|AGENCY|TEAM|SCORE|VENUE|EVENT|PRODUCT|PHONE|EMAIL|WEBSITE|HEADLINE|STATISTIC|DETAILS?|PLACEHOLDER|CREDIT|CAPTION|BYLINE|AUTHOR|PHOTOGRAPHER|REPORTER|TBD|TBC|TK|TKTK|INSERT|SPOKESPERSON|OFFICIAL|NOMBRE|FECHA|CIUDAD|NOM|VILLE|DATUM|STADT|NOME|DATA|CIDADE|CITT[AÀ])
  )
  (?: \[ (?:Insert|Enter|Add|Your|Include|Fill\s+in|Placeholder|INSERT|ENTER|YOUR|ADD
          |Insertar|Inserte|Introduce|Incluir|Agregar|A[ñn]adir|Ins[ée]rer|Ins[ée]rez|Ajouter|Einf[üu]gen|F[üu]ge\s+ein|Inserir|Insira|Adicionar|Inserire|Inserisci|Aggiungere) \b [^\]\n]{0,80} \](?!\()
    | \[ (?:Tu|Su|Votre|Ton|Ta|Dein|Deine|Ihr|Ihre|Seu|Sua|Tuo|Tua) \s+ (?:[\w'’-]+\s+){0,2} (?&slot) \](?!\()
    | \[ (?:[A-Z][\w'’-]*\s){0,3} (?&slot) \](?!\()
    | \[ (?&slot) \s+ (?:of|for|to|de|del|de\s+la|du|des|der|des|do|da|dos|das|di|della|dello|dei|degli) \b [^\]\n]{0,60} \](?!\()
    | \[ (?:[A-Z]+ \s* [\s_/|-] \s*){0,3} (?&SLOT) (?: \s* [\s_/|-] \s* [A-Z]+){0,3} \]
    | \[\[ [A-Z][A-Z0-9_]* \]\]
    # Any word in capitals in brackets where the sentence needs a noun phrase, after a preposition
    # or an article ("flooding across [REGION]", "the [VENUE]"): a slot whatever its noun. A label
    # such as "[VIDEO]" or "[UPDATED]" stands before or after a headline, not after "across".
    | \b(?:in|across|at|of|from|for|to|by|near|with|the|a|an|en|de|del|au|aux|dans|sur|di|da|em|para|por|von|für|im|am|nel|nella)\s+\K \[ (?!(?:PDF|VIDEO|AUDIO|PHOTOS?|GALLERY|UPDATED?|WATCH|LISTEN|LIVE|OPINION|EXCLUSIVE|SPONSORED|SIC|CORRECTED|MAP|CHART|PODCAST)\]) [A-Z]{3,}(?:[ _-][A-Z]{2,}){0,3} \] (?!\()
    # A mustache slot in prose ({{player_name}}), not template code (issue 17): a dotted path
    # (Liquid's {{ site.baseurl }}, {{ page.title }}), a filter, Hugo's {{< … >}} and {{ .Title }},
    # or a slot inside a URL or attribute ("]({{ x }}/img", href="{{ x }}") is the site's template;
    # a slot in parentheses in prose ("Harwick & Lowe ({{ticker}})") is a slot.
    | (?<![/="'=]) (?<!\]\() \{\{ \s* [A-Za-z_]\w* \s* \}\} (?![\w/.])
    | \b[Ll]orem\s+ipsum\b
  )
prefilter: ['[a', '[b', '[c', '[d', '[e', '[f', '[g', '[h', '[i', '[j', '[k', '[l', '[m', '[n', '[o', '[p', '[q', '[r', '[s', '[t', '[u', '[v', '[w', '[x', '[y', '[z', '{{', '\blorem']
examples:
  triggering:
    - |
      ↓[Insert company name] Opens Distribution Centre in Marrow Bay

      "This investment shows our commitment," said ↓[Spokesperson Name], head of operations.
    - |
      The Harlow Vale ↓[[HOME_TEAM_NICKNAME]] won 3-1, and ↓{{player_name}} scored twice.
    - |
      "It was a tough night," said ↓[COACH NAME], whose side lost ↓[Nombre de la empresa] and ↓[Name of the venue].
    - |
      Shares in Brannock Foods (↓{{stock_symbol}}) rose after the results.
    - |
      Heavy rain closed roads across ↓[COUNTY] on Tuesday.
  non_triggering:
    - |
      Download the [PDF] of the plan, or watch the [VIDEO] of the meeting at the town hall.
    - |
      "We knew [the library closures] would be unpopular," the council leader said.
      A letter called it a "disasterous [sic] and rushed" plan.
      The cuts will save 2.4 million a year [1].
    - |
      Pius XII and Super Bowl XX are mentioned; she posted on X about it.
    - |
      «[Su hermano] llegó tarde», dijo la jueza, y el acta lo confirma [1].
    - |
      ![Route map]({{ site.baseurl }}/img/map.png)

      {% include footer.html %} The ferry map in {{ page.lang }} is {{ page.title | upcase }}.

      {{< figure src="/map.png" >}} {{% note %}}Hugo shortcodes{{% /note %}} and {{ .Title }}.
      <a href="{{ url }}">Tickets</a>, a link to {{ base }}/tickets, [the map]({{ maplink }}).

"""#),
        ("assistant-residue/writer_note.yml", #"""
id: writer_note
name: Writer's Note to the Requester
summary: A sentence in which the model, writing in the first person, tells the person who asked for the article what it did with the text, what it could not check, or what to check before publishing.
category: assistant-residue
severity: error
repair: sentence
origin: >-
  issue 14 capability 1 (the chat envelope: a first-person turn that speaks to the requester,
  anywhere in the text) and ../shared/cases/TAXONOMY.md cross-cutting rule 4 (first person singular
  about the making of the text, to a requester who is not the reader); §2 preamble, §4 refusal,
  §5 knowledge_cutoff, §10 meta_commentary and §11 reasoning_leak share this shape. Built as a
  sentence model, not a phrase list: one sentence (outside quotations and code) in which the
  writer acts on the text in the first person ("I've kept", "I'll put", "I couldn't verify",
  "my information only extends") together with a reference to the deliverable or its making
  ("the brief", "450 words", "this draft", "before publishing", "ready-to-publish", "a warm
  angle") or to the requester ("you shared", "your notes", "you may want to", "let me know");
  or a requester told to check something before it is published. Word lists for English,
  Spanish, French, German, Portuguese and Italian.
message: "Writer's note to the requester published with the article: {match}"
skip: [quotations, code]
page_residue: true
yields: true
caseless: false
extended: true
pattern: |
  (?(DEFINE)
    # One character of a sentence: not a line break or a sentence end (a period inside a number,
    # a domain or an abbreviation followed by a letter stays inside).
    (?<c> [^\n.!?…] | \.(?=[\w,]) )
    # English: the writer acts on the text in the first person.
    (?<wverb> kept|keep|turned|turn|used|use|added|add|included|include|left|leave|rounded|round|leaned|lean|written|wrote|write
            |drafted|draft|structured|structure|formatted|format|put|made|make|converted|convert|summari[sz]ed|summari[sz]e
            |trimmed|trim|shortened|shorten|expanded|expand|adjusted|adjust|tweaked|tweak|rewritten|rewrote|rewrite|rephrased
            |rephrase|assumed|assume|focused|focus|highlighted|omitted|omit|avoided|avoid|chose|chosen|choose|opted|opt|split
            |moved|move|dropped|drop|removed|remove|replaced|replace|filled|fill|framed|frame|organi[sz]ed|organi[sz]e|condensed
            |condense|pulled|placed|place|changed|change|combined|combine|updated|update|edited|edit|polished|polish|tidied
            |reworked|restructured|translated|translate|adapted|adapt|softened|stuck|based|set|bolded|flagged|flag|noted|cut)
    (?<chk> (?:independently\s+)?(?:verify|confirm|find|check|locate|access|source|fact-check|double-check|corroborate))
    (?<act_en> \bI(?:['’](?:ve|ll)|\s+(?:have|had|will))?\s+(?:(?:also|then|just|only|deliberately|mainly|mostly|simply|therefore|now|already|gone\s+ahead\s+and|went\s+ahead\s+and)\s+)?(?&wverb)\b
             | \bI(?:['’]ve|\s+have)?\s+(?:went|gone|stuck|settled)\s+(?:with|on|for)\s+(?:a|an|the)\b
             | \bI(?:['’]m|\s+am|\s+was)\s+(?:not\s+)?(?:unable|not\s+able|able)\s+to\s+(?&chk)\b
             | \bI\s+(?:couldn['’]t|could\s+not|can['’]t|cannot|wasn['’]t\s+able\s+to|was\s+not\s+able\s+to|didn['’]t|did\s+not|haven['’]t\s+been\s+able\s+to|have\s+not\s+been\s+able\s+to)\s+(?:\w+\s+)?(?&chk)\b
             | \b[Mm]y\s+(?:information|knowledge|data|sources|notes|training)\s+(?:only\s+)?(?:extends?|goes|go|runs?|covers?|stops?|ends?)\b
             # The writer announcing what the text will do ("In this article, I will walk you through").
             | \b(?:I|[Ww]e)(?:['’]ll|\s+will|\s+(?:am|are)\s+going\s+to|['’](?:m|re)\s+going\s+to)\s+(?:(?:briefly|also|now|first|then)\s+)?(?:walk|take|guide|show|explore|discuss|cover|break|delve|dive|look|outline|examine|unpack|explain)\b )
    # The deliverable or its making.
    (?<ref_en> \b(?i:the|this|your|my)\s+brief\b | \bbrief\s+(?:suggested|asked|said|lists|listed|mentioned|requested|specified|calls)\b
             | \bword\s+(?:count|limit)\b | \b\d{2,5}\s+words\b | \b(?i:this|my|your)\s+(?:article|draft|piece|version|rewrite|summary|write-?up|post|blog\s+post|guide|explainer)\b | \bthe\s+(?:draft|rewrite|write-?up|(?:updated|revised|shorter|longer|final)\s+version)\b
             | \b(?:the\s+)?(?:changes|edits|tweaks|revisions|cuts)\s+I(?:['’]ve|\s+have)?\s+made\b
             | \bthe\s+(?:source\s+|background\s+)?(?:material|materials|documents\s+provided|notes|transcript|press\s+release)\b
             | \b(?i:ready)[- ]to[- ]publish\b | \b[Mm]arkdown\b | \bplaceholders?\b | \b(?:article|draft|version|summary|piece)\s+below\b
             | \bbefore\s+(?:publishing|publication|(?:it|this|the\s+\w+)\s+goes\s+live|going\s+live|you\s+publish|it['’]s\s+published|(?:it|this)\s+is\s+published)
             | \bthe\s+(?:table|section|paragraph|headline|intro|lede|chart)\s+(?:above|below)\b
             | \b(?:table|section|paragraph|intro|headline|quote)\s+(?:can|could|may)\s+be\s+(?:dropped|cut|removed|trimmed|moved|shortened|swapped)\b
             | \b(?:warm|neutral|formal|upbeat|positive|balanced|conversational|[\w]+-focused|[\w]+-friendly)\s+(?:angle|tone)\b )
    # The requester.
    (?<req_en> \byou(?:['’]ve|\s+have)?\s+(?:shared|sent|provided|gave|supplied|pasted|uploaded|attached|asked\s+for|requested|suggested|wanted|mentioned|specified|listed|flagged|forwarded)\b
             | \b(?i:your)\s+(?:brief|notes|prompt|request|instructions|outline|draft|message|email|guidelines|template|materials?|bullet\s+points|specs?)\b
             | \b(?i:you)\s+(?:may|might|could|should|will|['’]ll)\s+(?:want|wish|need|like)\s+to\b
             | \b(?i:if)\s+you['’]d\s+(?:like|prefer|rather)\b | \b(?i:let)\s+me\s+know\b
             | \b[Pp]lease\s+(?:treat|check|verify|confirm|double-check|review|note|update|replace|add|fill|swap|adjust)\b
             | \b(?i:as)\s+you\s+(?:asked|requested|suggested|wanted|specified)\b )
    # Spanish.
    (?<act_es> \b(?i:he|hemos)\s+(?:\w+\s+)?(?:redactado|escrito|mantenido|convertido|transformado|usado|utilizado|a[ñn]adido|incluido|resumido|verificado|ajustado|organizado|estructurado|dejado|puesto|optado|redondeado|adaptado|traducido|reescrito|elaborado|preparado)\b
             | \b(?i:no)\s+(?:he|hemos)\s+podido\s+(?:verificar|confirmar|comprobar|encontrar|contrastar)\b
             | \b(?i:mis)\s+(?:datos|conocimientos|informaci[oó]n)\s+(?:solo\s+)?(?:llegan|alcanzan|cubren)\b
             | \b(?:(?i:te|les|os)\s+)?(?i:voy|vamos)\s+a\s+(?:explicar|repasar|analizar|mostrar|contar|presentar|explorar|desglosar)\b )
    (?<ref_es> \b(?i:el|este|tu)\s+(?:art[ií]culo|borrador|texto|encargo|brief|resumen)\b | \b\d{2,5}\s+palabras\b
             | \bantes\s+de\s+(?:publicar(?:lo|la)?|la\s+publicaci[oó]n)\b | \blist[oa]\s+para\s+(?:publicar|su\s+publicaci[oó]n)\b )
    (?<req_es> \bme\s+(?:enviaste|pasaste|compartiste|pediste|indicaste|facilitaste|diste)\b | \b(?i:tus?)\s+(?:notas|indicaciones|instrucciones|encargo|brief|borrador)\b
             | \b(?i:te|le)\s+(?:recomiendo|sugiero|aconsejo)\b | \b(?i:si)\s+(?:quieres|prefieres|lo\s+prefieres)\b | \b(?i:av[ií]same)\b | \bcomo\s+me\s+(?:pediste|solicitaste)\b )
    # French.
    (?<act_fr> \b(?i:j)['’]ai\s+(?:\w+\s+)?(?:r[ée]dig[ée]|[ée]crit|gard[ée]|conserv[ée]|transform[ée]|utilis[ée]|ajout[ée]|inclus|r[ée]sum[ée]|v[ée]rifi[ée]|arrondi|adapt[ée]|traduit|structur[ée]|mis|privil[ée]gi[ée]|laiss[ée]|choisi|opt[ée])\b
             | \b(?i:je)\s+n['’]ai\s+pas\s+pu\s+(?:v[ée]rifier|confirmer|trouver|recouper)\b
             | \b(?i:mes)\s+(?:donn[ée]es|connaissances|informations)\s+(?:ne\s+)?(?:vont|s['’][ée]tendent|couvrent)\b
             | \b(?i:je\s+vais|nous\s+allons)\s+(?:vous\s+|te\s+)?(?:pr[ée]senter|expliquer|montrer|d[ée]tailler|explorer|passer\s+en\s+revue|guider)\b )
    (?<ref_fr> \b(?:l['’]article|cet\s+article|ce\s+(?:texte|brouillon)|votre\s+(?:article|texte|brief)|le\s+brouillon)\b | \b\d{2,5}\s+mots\b
             | \bavant\s+(?:de\s+(?:le\s+|la\s+)?publier|(?:la\s+)?publication|la\s+mise\s+en\s+ligne)\b | \bpr[êe]t\s+[àa]\s+(?:publier|[êe]tre\s+publi[ée])\b )
    (?<req_fr> \bvous\s+m['’]avez\s+\w+ | \bvous\s+(?:me\s+)?l['’](?:avez|aviez)\s+(?:\w+\s+)?(?:demand[ée]|envoy[ée]|transmis|fourni|indiqu[ée]|pr[ée]cis[ée]) | \b(?i:votre|vos|ton|ta|tes)\s+(?:brief|notes|consignes|indications|instructions|brouillon|demande)\b
             | \bje\s+vous\s+(?:conseille|recommande|sugg[èe]re)\b | \b(?i:si)\s+vous\s+(?:le\s+)?(?:souhaitez|pr[ée]f[ée]rez)\b | \b(?i:n)['’]h[ée]sitez\s+pas\s+[àa]\s+me\b )
    # German.
    (?<act_de> \b(?i:ich)\s+habe\s+(?:[\wäöüß]+\s+){0,6}?(?:geschrieben|verfasst|behalten|beibehalten|eingefügt|ergänzt|verwendet|genutzt|gekürzt|umgewandelt|zusammengefasst|überprüft|gerundet|angepasst|übersetzt|strukturiert|weggelassen|aufgebaut)\b
             | \b(?i:konnte|kann)\s+ich\s+(?:[\wäöüß]+\s+){0,5}?nicht\s+(?:verifizieren|bestätigen|überprüfen|prüfen|finden)\b
             | \b(?i:ich)\s+(?:konnte|kann)\s+(?:[\wäöüß]+\s+){0,5}?nicht\s+(?:verifizieren|bestätigen|überprüfen|prüfen|finden)\b
             | \b(?:werde|zeige|erkläre|stelle)\s+ich\s+(?:Ihnen|euch|dir)\b | \b(?i:ich)\s+werde\s+(?:Ihnen|euch|dir)\b )
    (?<ref_de> \b(?:den|diesen|diesem|dein(?:en)?|Ihren)\s+(?:Artikel|Entwurf|Text|Beitrag)\b | \b(?:das|dein|Ihr)\s+Briefing\b | \b\d{2,5}\s+Wörter\b
             | \bvor\s+(?:der\s+Veröffentlichung|dem\s+Veröffentlichen)\b )
    (?<req_de> \b(?:du|Sie)\s+mir\s+(?:\w+\s+)?(?:geschickt|gegeben|geschrieben|geliefert|genannt|übermittelt)\b | \b(?:dein|deine|deinen|deiner)\s+(?:Vorgaben|Notizen|Briefing|Anweisungen|Angaben|Entwurf)\b
             | \b(?i:falls)\s+(?:du|Sie)\s+(?:möchtest|möchten|willst|wollen)\b | \bbitte\s+(?:noch\s+)?(?:prüfen|prüfe|überprüfe|überprüfen|kontrollieren)\b )
    # Portuguese.
    (?<act_pt> \b(?i:eu\s+)?(?:mantive|transformei|usei|utilizei|adicionei|inclu[ií]|resumi|verifiquei|arredondei|adaptei|traduzi|estruturei|coloquei|optei|deixei|escrevi|redigi)\b
             | \b(?i:n[ãa]o)\s+(?:consegui|pude)\s+(?:verificar|confirmar|encontrar|checar)\b
             | \b(?i:vou|vamos)\s+(?:te\s+|lhe\s+)?(?:explicar|mostrar|apresentar|analisar|explorar|detalhar)\b )
    (?<ref_pt> \b(?i:o|este|neste|seu)\s+(?:artigo|rascunho|texto|briefing|resumo)\b | \b\d{2,5}\s+palavras\b
             | \bantes\s+de\s+(?:publicar|a\s+publica[çc][ãa]o)\b | \bpront[oa]\s+para\s+(?:publicar|publica[çc][ãa]o)\b )
    (?<req_pt> \b(?:voc[êe]\s+)?me\s+(?:enviou|passou|mandou|pediu|forneceu)\b | \b(?i:suas|seu|sua|tuas)\s+(?:notas|instru[çc][õo]es|briefing|pedido|orienta[çc][õo]es)\b
             | \b(?i:se)\s+voc[êe]\s+(?:quiser|preferir)\b | \brecomendo\s+(?:que\s+voc[êe]|verificar|conferir|checar)\b )
    # Italian.
    (?<act_it> \b(?i:ho)\s+(?:\w+\s+)?(?:mantenuto|trasformato|usato|utilizzato|aggiunto|incluso|riassunto|verificato|arrotondato|adattato|tradotto|strutturato|messo|scelto|lasciato|scritto|redatto)\b
             | \b(?i:non)\s+(?:sono\s+riuscit[oa]\s+a|ho\s+potuto)\s+(?:verificare|confermare|trovare)\b
             | \b(?i:ti|vi)\s+(?:spiego|spiegher[òo]|mostro|mostrer[òo]|illustro|illustrer[òo]|presento|presenter[òo]|guider[òo])\b )
    (?<ref_it> \b(?:l['’]articolo|quest['’]articolo|(?i:questo|in\s+questo)\s+articolo|la\s+bozza|il\s+(?:tuo\s+)?(?:testo|brief))\b | \b\d{2,5}\s+parole\b
             | \bprima\s+(?:di\s+pubblicar(?:e|lo|la)|della\s+pubblicazione)\b | \bpront[oa]\s+(?:da|per\s+la)\s+pubblica\w+\b )
    (?<req_it> \bmi\s+(?:hai|avete)\s+(?:inviato|mandato|passato|chiesto|fornito|dato)\b | \b(?i:tue|tuoi|tua|tuo)\s+(?:note|indicazioni|istruzioni|appunti|richiesta)\b
             | \b(?i:se)\s+(?:preferisci|vuoi)\b | \bti\s+(?:consiglio|suggerisco)\b )
    (?<act> (?&act_en)|(?&act_es)|(?&act_fr)|(?&act_de)|(?&act_pt)|(?&act_it) )
    (?<other> (?&ref_en)|(?&req_en)|(?&ref_es)|(?&req_es)|(?&ref_fr)|(?&req_fr)|(?&ref_de)|(?&req_de)|(?&ref_pt)|(?&req_pt)|(?&ref_it)|(?&req_it) )
    # A requester told to check something before it is published (no "I" needed).
    (?<tell> \b(?i:you)\s+(?:may|might|should|will|['’]ll)\s+(?:want|need|wish)\s+to\s+(?:\w+\s+)?(?:verify|check|confirm|double-check|update|review)\b
           | \b[Pp]lease\s+(?:treat|verify|check|confirm|double-check|review|update)\b )
    (?<pub> \bbefore\s+(?:publishing|publication|(?:it|this|the\s+\w+)\s+goes\s+live|going\s+live|you\s+publish|it['’]s\s+published|(?:it|this)\s+is\s+published)\b )
  )
  # The match starts at the first cue and runs to the sentence's end; the other cue must follow
  # within the same sentence (300 characters at most: bounded work at every cue). The leading \b
  # lets the JIT skip the inside of words at once (a 2 MB line: 1.2 s without it, 40 ms with it).
  \b (?: (?&act) (?=(?&c){0,300}?(?&other))
    | (?&other) (?=(?&c){0,300}?(?&act))
    | (?&tell) (?=(?&c){0,300}?(?&pub)) )
  (?&c){0,400} [.!?…]?
prefilter: ['\bbrief', '\bword', '\bart', '\bdraft', '\bpiece', '\bversion', '\brewrite', '\bsummary', '\bwrite', '\bchanges', '\bedits', '\btweaks', '\brevisions', '\bcuts', '\bmaterial', '\bdocuments', '\bnotes', '\btranscript', '\bpress', '\bready', '\bmarkdown', '\bplaceholder', '\bbefore', '\babove', '\bbelow', '\btable', '\bsection', '\bparagraph', '\bintro', '\bheadline', '\bquote', '\btone', '\bangle', '\byou', '\blet', '\bplease', '\bborrador', '\btext', '\bencargo', '\bresumen', '\bpalabras', '\bantes', '\blist', '\bme', '\btu', '\bte', '\ble', '\bsi', '\bav', '\bbrouillon', '\bmots', '\bavant', '\bpr', '\bvous', '\bvotre', '\bvos', '\bton', '\bta', '\btes', '\bich', '\bentwurf', '\bbeitrag', '\bvor', '\bmir', '\bdein', '\bfalls', '\bbitte', '\brascunho', '\bresumo', '\bpalavras', '\bpront', '\bsuas', '\bseu', '\bsua', '\bse', '\brecomendo', '\bbozza', '\btesto', '\bparole', '\bprima', '\bmi', '\bti']
examples:
  triggering:
    - |
      The pool reopens in May after a two-year repair.

      ↓I've kept this to about 300 words and used a neutral tone, as your brief suggested.
    - |
      Happy to help! ↓I've turned the notes you sent into a short news story below.

      The pool reopens in May after a two-year repair.
    - |
      The pool cost £4.2m to repair. ↓I couldn't confirm the final cost against the council's accounts, so you may want to check it before publishing.
    - |
      The council said 3,400 residents signed the petition. ↓Please double-check that number before it goes live.
    - |
      Plan: ↓the brief mentions three sites, so I'll put them in a table and then add the mayor's quote.
    - |
      ↓My information only goes up to last spring, so please check the opening hours before publishing.
    - |
      La piscina reabrirá en mayo. ↓He mantenido el texto en unas 300 palabras, como indicaba tu encargo.
    - |
      La piscine rouvrira en mai. ↓Je n'ai pas pu vérifier ce chiffre : je vous conseille de le contrôler avant publication.
    - |
      Das Bad öffnet im Mai. ↓Ich habe den Text auf 300 Wörter gekürzt, wie in deinen Vorgaben gewünscht.
    - |
      A piscina reabre em maio. ↓Não consegui confirmar a data, por isso recomendo verificar antes de publicar.
    - |
      In ↓this piece we'll take a closer look at what the new timetable means for commuters.
    - |
      Dans ↓cet article, nous allons vous présenter les cinq temps forts du festival.
    - |
      La piscina riapre a maggio. ↓Ho mantenuto l'articolo sotto le 300 parole, come da tue indicazioni.
  non_triggering:
    - |
      I've kept bees on this allotment for twenty years, and you would be amazed how calm they are.
    - |
      "I've kept the brief short because the judges asked for it," the barrister said.
    - |
      If you'd like to visit, the gallery opens at ten. Tickets are free for children.
    - |
      I wrote last week that the council's numbers did not add up, and the auditors now agree.
    - |
      Please check the council's website before travelling, as opening hours may change.
    - |
      The brief filed by the state's lawyers argues that the law is unconstitutional.
    - |
      World War I ended in 1918, and the memorial lists 212 names from the town.
    - |
      Il a écrit cet article en 1998, avant la publication de son premier roman.

"""#),
        ("scraper-residue/ad_label.yml", #"""
id: ad_label
name: Ad Label
summary: An ad slot's label ("ADVERTISEMENT") stands on its own line in the article body.
category: scraper-residue
severity: error
repair: line
origin: >-
  ../shared/cases/TAXONOMY.md §17 ad_label (trafilatura#916 "PUBLICIDAD"; article-extractor#1);
  seed article lines 2, 6, 71, 77; issue 14 (the label family in five languages: a label word,
  optional decoration, optional "scroll to continue" / "continues below" tail).
message: "Ad-slot label scraped into the article: {match}"
extended: true
pattern: |
  # A whole line: optional decoration ("- ", "— ", "[", "(", "*"), one ad-slot label of any of the
  # five languages, an optional tail ("- Scroll to continue", "Continue reading below"),
  # optional closing decoration. A label word inside a sentence never matches.
  ^[ \t]* [-–—*•·\[(|_~=#]* [ \t]*
  (?: (?&label) (?: [ \t]* [-–—:|·]? [ \t]* (?&tail) )?
    # An ad teaser: a slot label and the ad's own line, joined by a UI separator ("Sponsored ·
    # Find the best deals near you", "Deals near you | Anzeige"), or by a colon or dash after a
    # sponsorship label ("Promoted: …"). The teaser is one short line, not a sentence chain.
    | (?&slot) [ \t]* [·|•] [ \t]* (?&teaser)
    # (a possessive scan for the separator first: a long line without one costs one pass)
    | (?=[^\n·|•]{2,112}+[·|•]) (?&teaser) [ \t]* [·|•] [ \t]* (?&slot)
    | (?&sponsor) [ \t]* [:–—] [ \t]* (?&teaser)
    | (?:story|article|text|content|post) \s+ continues \s+ (?:below|after) (?:\s+(?:this|the))? (?:\s+(?:advertisement|ad|sponsored\s+message))?
    | (?:skip|close) \s+ (?:advertisement|ad)
    | scroll \s+ (?:down\s+)? to \s+ continue (?:\s+(?:reading|with\s+content))?
    | continue \s+ reading \s+ (?:below|after\s+(?:the\s+)?(?:ad|advertisement))
    | (?:la\s+noticia|el\s+artículo|el\s+texto) \s+ contin[uú]a \s+ (?:debajo|despu[ée]s)\b [^\n]{0,20}
    | (?:l'article|l’article|la\s+suite) \s+ (?:continue\s+)?(?:ci-dessous|apr[èe]s\s+(?:la|cette)\s+publicit[ée])
    | (?:weiterlesen|der\s+artikel\s+geht) \s+ (?:nach|unter) \s+ der \s+ (?:anzeige|werbung) (?:\s+weiter)?
    | (?:l'articolo|l’articolo) \s+ continua \s+ (?:sotto|dopo\s+la\s+pubblicit[àa])
    | (?:a\s+mat[ée]ria|o\s+texto|o\s+artigo) \s+ continua \s+ (?:abaixo|ap[óo]s\s+a\s+publicidade)
  )
  [ \t]* [-–—*•·\])|_~=#]* [ \t]* $
  (?(DEFINE)
    (?<label> advertisements? | advertising | advertorial | paid\s+(?:content|post|partnership)
            | sponsored(?:\s+(?:content|post|story|links?|by\s+\S+(?:\s+\S+)?))? | promoted(?:\s+content)? | partner\s+content
            | publicidad | anuncio | anuncios | contenido\s+patrocinado | patrocinado
            | publicit[ée] | annonce | contenu\s+sponsoris[ée] | sponsoris[ée]
            | anzeige | werbung | gesponsert | sponsored\s+post
            | pubblicit[àa] | annuncio | contenuto\s+sponsorizzato | sponsorizzato
            | publicidade | an[úu]ncio | conte[úu]do\s+patrocinado | patrocinado )
    (?<slot> advertisement | sponsored | promoted | paid\s+(?:content|post|partnership) | partner\s+content | publicidad | anuncio
           | contenido\s+patrocinado | patrocinado | publicit[ée] | sponsoris[ée] | contenu\s+sponsoris[ée] | anzeige | werbung | gesponsert
           | pubblicit[àa] | sponsorizzato | contenuto\s+sponsorizzato | publicidade | conte[úu]do\s+patrocinado )
    (?<sponsor> sponsored | promoted | paid\s+(?:content|post|partnership) | partner\s+content | contenido\s+patrocinado | patrocinado
              | sponsoris[ée] | contenu\s+sponsoris[ée] | gesponsert | sponsorizzato | contenuto\s+sponsorizzato | conte[úu]do\s+patrocinado )
    (?<teaser> (?! [ \t]*[-–—*•·|] ) (?-i:[\p{Lu}\d]) [^\n·|•.!?]{2,110}? [.!?]? )
    (?<tail> (?:scroll|swipe) \s+ (?:down\s+)? to \s+ continue (?:\s+(?:reading|with\s+content))?
           | continue \s+ reading (?:\s+below)? | story \s+ continues \s+ below | article \s+ continues \s+ below
           | (?:sigue|contin[uú]a) \s+ leyendo | continuez \s+ (?:la\s+lecture|à\s+lire) | weiterlesen | continua \s+ a \s+ leggere
           | continue \s+ lendo )
  )
prefilter: ['\badvertis', '\bpaid', '\bsponsor', '\bpromoted', '\bpartner', '\bpublicid', '\banuncio', '\bcontenido', '\bpatrocin',
            '\bpublicit', '\bannonce', '\bcontenu', '\banzeige', '\bwerbung', '\bgesponsert', '\bpubblicit', '\bannuncio', '\bcontenuto',
            ['\ban', '\bncio'], '\bconte', '\bcontin', '\bskip', '\bclose', '\bscroll', '\bci-dessous', '\bweiterlesen']
starts: ['^']
examples:
  triggering:
    - |
      Tram fares stay at 2.10 until December.
      ↓ADVERTISEMENT
      The authority said ridership had grown.
      ↓Story continues below advertisement
    - |
      The ferry leaves at noon.
      ↓Advertisement - Scroll to continue
      The ferry returns at six.
      ↓- Anuncio -
      El ferry vuelve a las seis.
      ↓Publicité
      Le ferry repart à midi.
      ↓[Anzeige]
    - |
      Il traghetto parte a mezzogiorno.
      ↓PUBBLICITÀ
      O barco sai ao meio-dia.
      ↓Publicidade
      The ferry leaves at noon.
      ↓Sponsored content
    - |
      The tram line reopens in May.
      ↓Sponsored · Find the best commuter bikes near you
      ↓Holiday cottages with sea views | Anzeige
      ↓Promoted: Compare energy tariffs in two minutes
  non_triggering:
    - |
      Advertisement revenue at the Herald fell 8 percent last year.
      An advertisement for the new app ran on city trams.
    - |
      La publicidad institucional creció un 12 % en 2024.
      Die Werbung lief im Fernsehen.
      Ad
      hoc committees met twice.
    - |
      Sponsored by the harbour trust, the regatta drew 40 boats. It ran until dusk.
      Advertising | Agencies cut budgets as the downturn bites
      Promoted to captain in May, she led the side to two titles.
      Promoted: the striker was promoted to captain.

"""#),
        ("scraper-residue/aggregator_disclaimer.yml", #"""
id: aggregator_disclaimer
name: Aggregator Disclaimer
summary: A feed, aggregator or auto-publishing footer is republished as article text.
category: scraper-residue
severity: error
repair: sentence
origin: >-
  ../shared/cases/TAXONOMY.md §20 aggregator_disclaimer (WordPress RSS footer, felfele/feeds#56;
  Gannett automated posts); seed article line 70 ("Denial of responsibility! … automatic aggregator");
  issue 14 (the footer families in five languages: "appeared first on", automatic publication from a
  feed, removal requests, "Source link").
message: "Aggregator boilerplate in the article: {match}"
page_residue: true
extended: true
pattern: |
  (?: # WordPress RSS footer: "The post <title> appeared first on <site>", and its translations.
      ^[ \t]* (?:the\s+post|la\s+entrada|el\s+post|la\s+publicaci[óo]n|l['’]article|le\s+billet|l['’]entr[ée]e|der\s+beitrag|der\s+post
                |l['’]articolo|il\s+post|o\s+post|a\s+entrada|a\s+postagem|o\s+artigo) \b [^\n]{1,200}?
        \b (?:appeared\s+first\s+on|was\s+first\s+published\s+on|first\s+appeared\s+on|se\s+public[óo]\s+primero\s+en
              |apareci[óo]\s+primero\s+en|est\s+apparue?\s+en\s+premier\s+sur|a\s+[ée]t[ée]\s+publi[ée]e?\s+en\s+premier\s+sur
              |erschien\s+zuerst\s+auf|ist\s+zuerst\s+auf|proviene\s+da|[èe]\s+apparso\s+per\s+la\s+prima\s+volta\s+su
              |apareceu\s+primeiro\s+em|foi\s+publicad[oa]\s+primeiro\s+em
              |originally\s+appeared\s+(?:on|at)|appeared\s+originally\s+(?:on|at)|was\s+originally\s+(?:published|posted)\s+(?:on|at)|first\s+ran\s+on
              |was\s+first\s+posted\s+(?:on|at)|apareci[óo]\s+originalmente\s+en|se\s+public[óo]\s+originalmente\s+en
              |a\s+[ée]t[ée]\s+publi[ée]e?\s+initialement\s+sur|est\s+parue?\s+(?:d['’]abord|initialement)\s+sur|erschien\s+urspr[üu]nglich\s+auf
              |[èe]\s+stat[oa]\s+pubblicat[oa]\s+(?:originariamente|per\s+la\s+prima\s+volta)\s+su|foi\s+publicad[oa]\s+originalmente\s+em
              |apareceu\s+originalmente\s+em) \b [^\n]*
    | # Automatic production: the content as subject, a verb of production and a word of
      # automation next to each other ("This report was automatically imported from …", "Este
      # resumen fue generado automáticamente", "Dieser Text wurde automatisch erstellt"); a source
      # or feed word is not needed. An update, a translation or a refresh is no production.
      ^[ \t(\[*_]* (?:(?:disclaimer|note|nota|aviso|avis|hinweis|remarque|avvertenza|important)\s*:\s*)?
        (?:this|these|este|esta|estos|estas|ce|cet|cette|ces|dieser|diese|dieses|questo|questa|questi|esse|essa|este|esta)\s+
        (?:[\w-]+\s+){0,2}?
        (?:content|story|stories|article|articles|post|text|item|report|update|summary|roundup|round-up|piece|page|listing|brief|dispatch|bulletin|entry|material|recap
          |contenido|art[íi]culo|noticia|texto|informe|resumen|nota|cr[óo]nica
          |contenu|texte|article|rapport|r[ée]sum[ée]|d[ée]p[eê]che|bulletin|billet
          |inhalt|artikel|beitrag|meldung|text|bericht|zusammenfassung|nachricht
          |contenuto|articolo|testo|notizia|rapporto|sintesi|riassunto
          |conte[úu]do|artigo|mat[ée]ria|not[íi]cia|relat[óo]rio|resumo) \b
        [^.!?\n]{0,60}? \b (?:was|were|is|are|has\s+been|have\s+been|fue|fueron|ha\s+sido|es|a\s+[ée]t[ée]|est|ont\s+[ée]t[ée]|wurde|wurden|ist
                             |foi|foram|[ée]|[èe]\s+stat[oa]|sono\s+stat[ie]) \s+
        (?: (?&made) \s+ (?:[\w-]+\s+){0,1}? (?&auto) | (?&auto) (?:\s+[\w-]+){0,4}? \s+ (?&made) ) \b [^\n]*
    | # Automatic publication from a feed: the content itself as subject, at the start of a line, a word
      # of automation and a word of feed or syndication in the same sentence.
      ^[ \t(\[*_]* (?:(?:disclaimer|note|nota|aviso|avis|hinweis|remarque)\s*:\s*)?
        (?:(?:this|these|este|esta|estos|ese|esa|ce|cet|cette|dieser|diese|dieses|questo|questa|esse|essa)\s+)?
        (?:content|story|article|post|text|item|contenido|art[íi]culo|noticia|texto|contenu|texte|inhalt|artikel
          |beitrag|meldung|contenuto|articolo|testo|notizia|conte[úu]do|artigo|mat[ée]ria|not[íi]cia)
        \b [^.!?\n]{0,120}?
        (?: \b(?&auto)\b [^.!?\n]{0,100}? \b(?&feed) | \b(?&feed) [^.!?\n]{0,100}? \b(?&auto)\b ) [^\n]*
    | # Removal requests addressed to the owner of the content.
      ^[ \t(\[*_]* (?:if|si|wenn|falls|se|should)\s+(?:you|vous|usted|t[úu]|sie|voi|lei|voc[êe]) \b [^\n]{0,120}?
        \b(?&owner) [^\n]{0,150}? \b(?&removal) [^\n]*
    | ^[^\n]*? \b(?:this|our|este|esta|ce|cet|cette|dieser|diese|dieses|questo|questa|nosso|nossa|nuestro|nuestra)\s+
        (?:content|article|story|post|site|contenido|art[íi]culo|contenu|inhalt|artikel|contenuto|articolo|conte[úu]do|artigo)
        \b [^\n]{0,200}? \b (?:request|submit|solicit\w*|demander|demandez|richied\w*|pedir|beantragen|anfordern)\s+(?:an?\s+|la\s+|el\s+|a\s+|une\s+)?
        (?:removal|takedown|take-down|deletion|remo[çc][ãa]o|eliminaci[óo]n|retirada|suppression|retrait|rimozione|l[öo]schung|entfernung)\b [^\n]*
    | ^[ \t(\[*_]* denial\s+of\s+responsibility\b [^\n]*
    | # Syndication and content-partner footers: the content itself as subject ("This story", "Este
      # conteúdo", "Cet article") or a republication participle opening a paragraph of at most 600
      # bytes, and in it a partner arrangement ("content-sharing arrangement", "accord de
      # syndication"), a no-review notice ("has not been reviewed by our editors", "sans
      # modification éditoriale"), a content partner as supplier, or a republication verb together
      # with the original publication or a feed ("first published by X and shared under …"). A
      # plain credit ("Originally published on X.", "This article first appeared in print") has
      # only one of these and stays silent.
      ^ (?= [^\n]{0,600} $ ) [ \t(\[*_]* (?:(?&notelabel) \s*:\s*)?
        (?: (?&demo) \s+ (?:[\w'’-]+\s+){0,2}? (?&cnoun) \b | (?&reusestart) \b )
        (?= [^\n]*? (?: (?&noreview) | (?&arrangement) | (?&supplied)
                      | (?&reuse) [^\n]*? (?:(?&prov)|\b(?&feed)\b) | (?:(?&prov)|\b(?&feed)\b) [^\n]*? (?&reuse) ) )
        [^\n]*
    | \bis\s+an\s+automatic\s+aggregator\b [^\n]*
    | \bhas\s+not\s+been\s+edited\s+by\s+(?:our\s+|the\s+)?(?:\w+\s+)?staff\b [^\n]*
    | ^[ \t]* (?:source\s+link|original\s+source\s+link|view\s+original\s+source|read\s+(?:the\s+)?original\s+(?:article|story|post)\s+here|enlace\s+(?:a\s+la\s+)?fuente|lien\s+(?:vers\s+la\s+)?source|quelle:?\s+link|link\s+(?:alla|da)\s+fonte) [ \t]* $
  )
  (?(DEFINE)
    (?<notelabel> note | nota | aviso | avis | hinweis | remarque | avvertenza | disclaimer | editor['’]?s\s+note | source | fuente | quelle | fonte )
    (?<demo> this | these | este | esta | estos | estas | ce | cet | cette | ces | dieser | diese | dieses | questo | questa | questi | queste | esse | essa )
    (?<cnoun> content | story | stories | article | articles | report | item | piece | post | text | feature | material | dispatch
            | contenido | art[íi]culo | noticia | nota | texto | informe | reportaje | cr[óo]nica
            | contenu | texte | d[ée]p[êe]che | reportage | sujet | artikel | beitrag | inhalt | bericht | meldung | nachricht
            | artigo | conte[úu]do | reportagem | mat[ée]ria | not[íi]cia | articolo | contenuto | testo | servizio | notizia | pezzo )
    (?<reusestart> re-?published | reproduced | reprinted | syndicated | originally\s+(?:published|produced|appeared) | first\s+published
                 | (?:supplied|provided|distributed|delivered)\s+(?:by|via|through)
                 | republicad[oa] | reproducid[oa] | publicad[oa]\s+originalmente | publi[ée]e?\s+initialement | initialement\s+publi[ée]e?
                 | reproduit | republi[ée]e? | urspr[üu]nglich\s+(?:erschienen|ver[öo]ffentlicht) | zuerst\s+erschienen | [üu]bernommen\s+(?:von|aus)
                 | ripubblicat[oa] | pubblicat[oa]\s+originariamente | riprodott[oa] | reproduzid[oa] )
    (?<noreview> \b(?:not|never) \s+ (?:been\s+)? (?:reviewed|edited|checked|verified|vetted|approved|modified|changed|fact-checked)
                   \s+ by \s+ (?:our|the|this\s+\w+['’]s) \s+ (?:[\w-]+\s+)? (?:editors?|editorial|newsroom|staff|journalists|desk|team)
               | \bwithout \s+ (?:any\s+)? editorial \s+ (?:changes?|review|oversight|modifications?|input|checks?|intervention)
               | \b(?:publisher|site|we) \s+ (?:is|are) \s+ not \s+ responsible \s+ for \s+ (?:its|the|their) \s+ (?:accuracy|content)
               | \bno \s+ (?:ha|han) \s+ sido \s+ (?:revisad|editad|verificad|modificad|supervisad)[oa]s? \s+ por \s+ (?:nuestr[oa]s?|la|el) \s+ (?:redacci[óo]n|editores|periodistas|equipo)
               | \bsin \s+ (?:cambios|modificaciones|revisi[óo]n|edici[óo]n|intervenci[óo]n) \s+ (?:editorial(?:es)?|de\s+la\s+redacci[óo]n)
               | \bn['’]a \s+ pas \s+ [ée]t[ée] \s+ (?:relu|v[ée]rifi[ée]|modifi[ée]|[ée]dit[ée]|revu)e?s? \s+ par \s+ (?:notre|la|nos) \s+ (?:r[ée]daction|journalistes|[ée]diteurs)
               | \bsans \s+ (?:modification|relecture|intervention|v[ée]rification)s? \s+ (?:[ée]ditoriale|de\s+(?:la|notre)\s+r[ée]daction)
               | \b(?:wurde|ist|wird) \s+ nicht \s+ von \s+ (?:unserer|der) \s+ redaktion \s+ (?:gepr[üu]ft|bearbeitet|redigiert|[üu]berpr[üu]ft|ver[äa]ndert)
               | \bohne \s+ redaktionelle \s+ (?:pr[üu]fung|bearbeitung|[äa]nderungen?|[üu]berpr[üu]fung)
               | \bn[ãa]o \s+ (?:foi|foram) \s+ (?:revisad|editad|verificad|modificad)[oa]s? \s+ pel[oa]s? \s+ (?:nossa\s+)? (?:reda[çc][ãa]o|equipe|editores)
               | \bsem \s+ (?:altera[çc][õo]es|revis[ãa]o|edi[çc][ãa]o) \s+ editoria(?:l|is)
               | \bnon \s+ (?:[èe]\s+stat[oa]|sono\s+stat[ie]) \s+ (?:rivist|verificat|modificat|controllat|revisionat)[oaie] \s+ dalla \s+ (?:nostra\s+)? redazione
               | \bsenza \s+ (?:modifiche|revisione|interventi) \s+ (?:redazionali|della\s+redazione) )
    (?<arrangement> \b(?:content[- ]sharing|content|syndication|syndicated[- ]content|republishing|reprint|news[- ]sharing) \s+ (?:arrangement|agreement|licen[cs]e|deal|partnership)s?\b
                  | \beditorial \s+ (?:arrangement|agreement|licen[cs]e|deal)s?\b
                  | \bacuerdo \s+ (?:de|con) \s+ (?:sindicaci[óo]n|colaboraci[óo]n\s+editorial|contenidos|intercambio\s+de\s+contenidos|redifusi[óo]n|licencia)
                  | \baccord \s+ (?:de|d['’]) \s* (?:syndication|partenariat\s+[ée]ditorial|diffusion|partage\s+de\s+contenus?|[ée]change\s+de\s+contenus?|reprise|licence)
                  | \bpartenariat \s+ (?:[ée]ditorial|de\s+contenus?)
                  | \b(?:content|inhalte|syndizierungs|lizenz)-(?:partnerschaft|vereinbarung|abkommen|vertrag) | \b(?:syndizierungs|lizenz)(?:vereinbarung|abkommen|vertrag)
                  | \bim \s+ rahmen \s+ (?:einer|unserer|der) \s+ (?:content-|inhalte-)(?:kooperation|partnerschaft)
                  | \bacordo \s+ (?:de|com) \s+ (?:parceria|sindica[çc][ãa]o|conte[úu]do|compartilhamento|licenciamento)
                  | \bparceria \s+ (?:editorial|de\s+conte[úu]do)
                  | \baccordo \s+ (?:di|con) \s+ (?:syndication|collaborazione\s+editoriale|partnership|condivisione|licenza|scambio)
                  | \bpartnership \s+ editoriale )
    (?<supplied> \b(?:supplied|provided|furnished|contributed|sourced|delivered) \s+ (?:to\s+us\s+)? by \s+ (?:(?:a|an|our|the|one\s+of\s+our)\s+)?
                   (?:[\w-]+\s+){0,3}? (?:content|syndication|news|media|wire|distribution) \s+ (?:partners?|providers?|agency|agencies|service|network)\b
               | \b(?:proporcionad|suministrad|facilitad|cedid)[oa] \s+ por \s+ (?:(?:un|una|nuestr[oa])\s+)? (?:socio|proveedor|agencia|medio\s+asociado) \s+ de \s+ contenidos?
               | \bfourni\w* \s+ par \s+ (?:un|une|notre) \s+ (?:partenaire|fournisseur) \s+ (?:de\s+contenus?|m[ée]dia|[ée]ditorial)
               | \b(?:bereitgestellt|geliefert|zugeliefert) \s+ (?:von|durch) \s+ (?:einem|unserem) \s+ (?:content-|inhalte-|medien)?(?:partner|anbieter)
               | \bfornit[oa] \s+ da \s+ (?:un|una|un\s+nostro|una\s+nostra) \s+ (?:partner|fornitore) \s+ (?:di\s+contenuti|editoriale)
               | \bfornecid[oa] \s+ por \s+ (?:um|uma|nosso|nossa) \s+ (?:parceir[oa]|fornecedor) \s+ de \s+ conte[úu]do )
    (?<reuse> \b(?:re-?published|reproduced|reprinted|re-?posted|syndicated|redistributed|shared|carried|re-?used)
                \s+ (?:here|on\s+(?:this|our|member|partner)\s+\w+|via|from|with|under|through|by\s+arrangement|as\s+part|in\s+full|without|across)\b
            | \b(?:is|are|was|were|has\s+been|have\s+been) \s+ (?:being\s+)? (?:re-?published|reproduced|reprinted|syndicated|redistributed)\b
            | \b(?:se\s+)?(?:reproduce|republica) \s+ (?:aqu[íi]|con|bajo|mediante|por\s+medio|en\s+virtud|gracias|a\s+trav[ée]s)\b
            | \b(?:es|fue|ha\s+sido|son|fueron) \s+ (?:reproducid|republicad|redifundid|compartid)[oa]s?\b
            | \b(?:est|a\s+[ée]t[ée]|sont|ont\s+[ée]t[ée]) \s+ (?:repris|reproduit|republi[ée]|rediffus[ée]|partag[ée])e?s?\b | \breproduit\s+avec | \brepris\s+(?:ici|avec)
            | \b(?:wird|wurde|ist) \s+ (?:hier\s+)? (?:mit\s+freundlicher\s+genehmigung\s+)? (?:[üu]bernommen|wiedergegeben|nachgedruckt|weiterverbreitet|erneut\s+ver[öo]ffentlicht)\b
            | \bmit\s+freundlicher\s+genehmigung
            | \b(?:[ée]|foi|s[ãa]o|foram) \s+ (?:reproduzid|republicad|compartilhad|replicad|redistribu[íi]d)[oa]s?\b
            | \b(?:[èe]|viene|vengono|[èe]\s+stat[oa]|sono\s+stat[ie]|sono) \s+ (?:riprodott|ripubblicat|ripres|condivis|ridistribuit)[oaie]\b )
    (?<prov> \b(?:originally|first|initially) \s+ (?:published|produced|appeared|written|distributed|posted|released|ran|aired|carried|broadcast) \s+ (?:by|on|in|at|via|with)\b
           | \b(?:published|produced|appeared|written|distributed|posted|released) \s+ (?:originally|first|initially) \s+ (?:by|on|in|at)\b
           | \b(?:publicad|producid|distribuid|difundid|escrit)[oa]s? \s+ (?:originalmente|primero|inicialmente|por\s+primera\s+vez)\b
           | \b(?:originalmente|inicialmente) \s+ (?:publicad|difundid|divulgad)[oa]
           | \b(?:a|avait|ont) \s+ (?:d['’]abord|initialement|originellement|en\s+premier) \s+ [ée]t[ée] \s+ (?:publi[ée]|diffus[ée]|produit|mis\s+en\s+ligne)e?s?\b
           | \b(?:publi[ée]|paru|diffus[ée])e?s? \s+ (?:initialement|[àa]\s+l['’]origine|d['’]abord|en\s+premier)\b | \b(?:initialement|[àa]\s+l['’]origine) \s+ (?:publi[ée]|paru|diffus[ée])
           | \b(?:urspr[üu]nglich|zuerst|erstmals) \s+ (?:erschienen|ver[öo]ffentlicht|publiziert)\b | \b(?:erschien|wurde) \s+ (?:urspr[üu]nglich|zuerst|erstmals)\b
           | \b(?:publicad|produzid|divulgad|veiculad)[oa]s? \s+ (?:originalmente|primeiro|inicialmente|pela\s+primeira\s+vez)\b
           | \b(?:pubblicat|appars|uscit|diffus|prodott)[oa] \s+ (?:originariamente|originalmente|inizialmente|per\s+la\s+prima\s+volta|in\s+origine)\b
           | \b(?:originariamente|inizialmente|in\s+origine) \s+ (?:pubblicat|appars|diffus)[oa] )
    (?<auto> automatically | automatic | automated | auto-\w+ | autogenerated | autopublished | by\s+a\s+bot | without\s+human\s+(?:review|editing)
           | autom[áa]ticamente | automatiquement | automatisch | automatizad[oa] | automatisiert | automaticamente | autom[áa]tic[oa] )
    (?<made> generated | compiled | produced | created | assembled | imported | aggregated | written | pulled | collected | scraped | fetched
           | syndicated | published | posted | drafted
           | generad[oa]s? | compilad[oa]s? | elaborad[oa]s? | producid[oa]s? | cread[oa]s? | importad[oa]s? | redactad[oa]s? | publicad[oa]s?
           | g[ée]n[ée]r[ée]e?s? | compil[ée]e?s? | produite?s? | cr[ée][ée]e?s? | import[ée]e?s? | r[ée]dig[ée]e?s? | publi[ée]e?s?
           | erstellt | generiert | erzeugt | zusammengestellt | importiert | verfasst | ver[öo]ffentlicht
           | gerad[oa]s? | produzid[oa]s? | criad[oa]s? | redigid[oa]s?
           | generat[oai] | generate | compilat[oaie] | prodott[oaie] | creat[oaie] | importat[oaie] | redatt[oaie] | pubblicat[oaie] )
    (?<feed> feeds? | rss | syndicat\w* | sindicad\w* | partners?['’]? | partner-?\w* | wires? | newswires? | aggregat\w* | agregad\w*
           | fuentes? | flux | quellen? | fontes? | agencias? | agences? | agenturen? | agenzi[ae] | ag[êe]ncias? | socios | partenaires | parceiros
           | partnern | sources? | provider | proveedor\w* | fournisseur\w* | anbieter\w* | fornitor\w* | fornecedor\w* )
    (?<owner> owner | own | hold | rights? | copyright | propietari[oa] | titular | derechos | propri[ée]taire | droits | d[ée]tenez
            | eigent[üu]mer\w* | inhaber\w* | rechte | urheber\w* | proprietari[oa] | diritti | titolare | propriet[áa]ri[oa] | direitos | det[ée]m )
    (?<removal> remov\w* | taken?\s+down | take-?down | delet\w* | elimin\w* | retir\w* | borr\w* | supprim\w* | entfern\w* | l(?:ö|oe)sch\w*
              | rimo\w* | rimuov\w* | cancell\w* | remo[çc]\w* | exclu\w* | apag\w* )
  )
prefilter: ['\bappeared', ['\bfirst', '\bpublished'], '\boriginally', '\boriginalmente', '\binitialement', '\babord', ['\bprima', '\bvolta'], '\burspr', '\boriginariamente', ['\bfirst', '\bran'], ['\bfirst', '\bposted'], '\bprimero', '\bpremier', '\bzuerst', '\bproviene', '\bapparso', '\bprimeiro',
            '\bautom', '\bauto-', '\bautogenerated', '\bautopublished', ['\bbot', '\bby'], ['\bwithout', '\bhuman'],
            '\bremo', '\btake', '\btaken', '\bdelet', '\belimin', '\bretir', '\bborr', '\bsupprim', '\bsuppression', '\bretrait',
            '\bentfern', '\bloesch', '\brimo', '\brimuov', '\bcancell', '\bexclu', '\bapag', '\bdenial', '\bedited',
            ['\bsource', '\blink'], ['\bview', '\boriginal'], ['\bread', '\boriginal'], '\benlace', '\blien', ['\bquelle', '\blink'],
            ['\blink', '\bfonte'],
            # Syndication footers: the no-review, arrangement, supplier and republication words.
            '\breviewed', '\bchecked', '\bverified', '\bvetted', '\bapproved', '\bmodified', '\bchanged', '\bfact-checked',
            '\beditori', '\bresponsible', '\brevisad', '\beditad', '\bverificad', '\bmodificad', '\bsupervisad', '\bredacci',
            ['\bpas', '\bpar'], '\bsans', '\bredaktion', '\brivist', '\bverificat', '\bmodificat', '\bcontrollat', '\brevisionat',
            '\bredazion', '\barrangement', '\bagreement', '\blicen', '\bdeal', '\bpartnership', '\bacuerdo', '\baccord',
            '\bpartenariat', '\bpartnerschaft', '\bvereinbarung', '\babkommen', '\bvertrag', '\bkooperation', '\bsyndizierungs', '\blizenz', '\bacordo', '\bparceria',
            '\bsupplied', '\bprovided', '\bfurnished', '\bcontributed', '\bsourced', '\bdelivered', '\bproporcionad',
            '\bsuministrad', '\bfacilitad', '\bcedid', '\bfourni', '\bbereitgestellt', '\bgeliefert', '\bzugeliefert', '\bfornit',
            '\bfornecid', '\brepubli', '\bre-published', '\breprodu', '\breprint', '\breposted', '\bre-posted', '\bsyndicated',
            '\bredistribu', '\bshared', '\bcarried', '\breused', '\bre-used', '\brepris', '\brediffus', '\bpartag', '\bbernommen',
            '\bwiedergegeben', '\bnachgedruckt', '\bweiterverbreitet', '\berneut', '\bgenehmigung', '\bcompartid', '\bredifundid',
            '\bcompartilhad', '\breplicad', '\briprodott', '\bripubblicat', '\bripres', '\bcondivis', '\bridistribuit']
starts: ['^', '\bis', '\bhas']
examples:
  triggering:
    - |
      The terminal has berths for two vessels.
      ↓The post New Ferry Terminal Opens appeared first on Coastline Daily.
      ↓Disclaimer: This article was generated automatically from public sources.
    - |
      Crowds were the largest on record.
      ↓(This story has not been edited by our staff and was auto-published from a syndicated news feed.)
    - |
      ↓Denial of responsibility! news-site.example is an automatic aggregator around the global media.
    - |
      The dam holds 40 million cubic metres.
      ↓This item reached us through an automated partner feed and was not checked by an editor.
      ↓If you are the owner of this content and want it removed, contact us.
    - |
      La presa tiene 40 millones de metros cúbicos.
      ↓Este artículo se publicó automáticamente a partir de fuentes sindicadas.
      ↓La entrada Presa al 80 % se publicó primero en Diario del Sur.
    - |
      Der Damm ist 40 Meter hoch.
      ↓Dieser Beitrag wurde automatisch aus einem Partner-Feed übernommen.
      ↓Der Beitrag Damm zu 80 Prozent gefüllt erschien zuerst auf Südkurier Online.
    - |
      Le barrage est plein à 80 %.
      ↓Source link
    - |
      The pitch was waterlogged by half-time.
      ↓This match report was automatically imported from our sports partner and has not been checked.
    - |
      ↓Nota: este resumen fue generado automáticamente a partir de registros judiciales.
    - |
      ↓The post Ferry timetable changes for winter originally appeared on Harbour Lines.
    - |
      The lock gates close at dusk.
      ↓This feature was first published by Canal Times and is reproduced here under a content-sharing agreement.
    - |
      ↓Republished from a partner wire service. This text has not been checked by our editorial team.
    - |
      ↓Esta noticia fue publicada originalmente por Diario del Canal y se reproduce aquí mediante un acuerdo de sindicación.
      ↓Ce texte a été fourni par un partenaire de contenus et n'a pas été relu par notre rédaction.
    - |
      ↓Dieser Artikel erschien zuerst bei Kanalpost und wird im Rahmen einer Content-Partnerschaft übernommen.
      ↓Questo articolo è stato pubblicato originariamente da Canale Oggi ed è riprodotto senza modifiche redazionali.
  non_triggering:
    - |
      Originally published in 1998, the novel was reissued this spring.
      Originally published on Live Science.
      Originally published at www.harbourlines.example on 3 May 2011.
      This page is updated automatically every five minutes during the count.
      This article was automatically translated from German.
    - |
      Correction: An earlier version of this article gave the wrong day for the vote.
      Additional reporting by Sela Okonkwo.
    - |
      The essay first appeared on the author's blog in 2019.
    - |
      The owner of the bakery asked the council to remove the sign.
      The article was shared widely on social media after the vote.
      The story of automated looms and their partners in the mills is told in the museum.
      The report says automated trading by partner banks rose.
      Users can request removal of their data under the new law.
    - |
      This article first appeared in print on Saturday 14 June.
      This story was produced in partnership with the Harbour Data Project.
      This article was originally published by Canal Times. Read the original article.
      The video, first posted on a fan forum, was shared with thousands under a new hashtag.
      This report was reviewed by our editors before publication.
      The paper signed a content-sharing agreement with two regional titles last year.

"""#),
        ("scraper-residue/email_obfuscation.yml", ##"""
id: email_obfuscation
name: Obfuscated E-mail Placeholder
summary: Cloudflare's e-mail protection placeholder replaced an address when the page was scraped.
category: scraper-residue
severity: error
repair: line
origin: >-
  ../shared/cases/TAXONOMY.md §18 email_obfuscation (cloudflare-scrape#109; cloudscraper#41;
  opencivicdata/scrapers-ca#395); seed article line 70.
message: "E-mail address lost to Cloudflare obfuscation: {match}"
skip: []
extended: true
pattern: |
  (?: \\?\[ [ \t]* e-?mail (?:\s|&\#160;|&\#xa0;|&nbsp;|\\ )* protected [ \t]* \\?\]
    | \(email(?:\s|&\#160;|&nbsp;)+protected\)
    | /cdn-cgi/l/email-protection(?:\#[0-9a-f]+)?
    | \bdata-cfemail="?[0-9a-f]+
    | \b__cf_email__\b
  )
prefilter: ['\bprotected', '\bemail-protection', '\bdata-cfemail', '\b__cf_email__']
examples:
  triggering:
    - |
      For volunteer opportunities, email ↓[email protected].
    - |
      Write to the clinic at ↓\[email protected\] or call.
      Bookings: ↓[email&#160;protected]
  non_triggering:
    - |
      For volunteer opportunities, email volunteers@example.org. The data is protected.

"""##),
        ("scraper-residue/junk_glyphs.yml", #"""
id: junk_glyphs
name: Junk Glyph Run
summary: A line of nothing but mixed punctuation and symbols (scraped decoration or layout debris).
category: scraper-residue
severity: warning
repair: line
origin: seed article lines 1 ("* . * . . .") and 93 (". . .. $ $ - - -").
message: "Run of junk glyphs in the article: {match}"
extended: true
pattern: |
  # Five or more symbols in four or more space-separated groups, at least two different symbols:
  # "* * *" and "---" scene breaks and a "[...]" elision stay silent.
  # Linear on long lines: the first lookahead fails at the first letter or digit.
  ^[ \t]* (?= [\p{P}\p{S} \t]*+ $ ) (?= ([\p{P}\p{S}]) (?: [ \t] | \1 )*+ [\p{P}\p{S}] )
  (?= (?: [ \t]*+ [\p{P}\p{S}] ){5} ) [\p{P}\p{S}]++ (?: [ \t]++ [\p{P}\p{S}]++ ){3,} [ \t]*+ $
examples:
  triggering:
    - |
      ↓* . * . . .
      ADVERTISEMENT
    - |
      The content will be deleted.
      ↓. . .. . . $ $ $ $ - - - -
  non_triggering:
    - |
      The first part ends here.

      * * *

      The second part begins.
    - |
      ---
      ...
      - - - - - -
      [...]
      --- ... ---

"""#),
    ]

    /// The shipped registries (Rules/registries/: people and offices, news sources), as
    /// (path relative to Rules/, file contents). They are data for rules, not rule files.
    static let registries: [(path: String, contents: String)] = [
        ("registries/entities.yml", #"""
# fidelint starter entity registry: heads of state and government of South Korea, Tajikistan,
# Kyrgyzstan and the G7 countries, with the holders named in recent news.
#
# Format: see EntityRegistry in Sources/FidelintRules/Registry/EntityRegistry.swift and the README.
# Every entry names its source and the date it was checked (as_of). An entry that could not be
# sourced is left out rather than guessed; acting and caretaker holders are not listed, so the
# stale-office check never fires on a gap between two listed holders.
# A tenure's `from` and `until` are both days in office; no `until` means still in office on as_of.

people:
  # South Korea
  - id: moon-jae-in
    name: Moon Jae-in
    surname: Moon
    aliases: [Moon Jae In]
    source: https://en.wikipedia.org/wiki/List_of_presidents_of_South_Korea
    as_of: 2025-10-31
  - id: yoon-suk-yeol
    name: Yoon Suk-yeol
    surname: Yoon
    aliases: [Yoon Suk Yeol, Yoon Seok-youl, Yoon Seok-yeol, Yun Sŏk-yŏl]
    source: https://en.wikipedia.org/wiki/Yoon_Suk_Yeol
    as_of: 2025-10-31
  - id: lee-jae-myung
    name: Lee Jae-myung
    surname: Lee
    aliases: [Lee Jae Myung, Lee Jae-myeong, Yi Jae-myeong]
    source: https://en.wikipedia.org/wiki/Lee_Jae_Myung
    as_of: 2025-10-31
  - id: han-duck-soo
    name: Han Duck-soo
    surname: Han
    aliases: [Han Duck Soo, Han Deok-su]
    source: https://en.wikipedia.org/wiki/Prime_Minister_of_South_Korea
    as_of: 2025-10-31
  - id: kim-min-seok
    name: Kim Min-seok
    surname: Kim
    aliases: [Kim Min Seok]
    source: https://en.wikipedia.org/wiki/Prime_Minister_of_South_Korea
    as_of: 2025-10-31
  # Tajikistan
  - id: emomali-rahmon
    name: Emomali Rahmon
    aliases: [Emomalii Rahmon, Emomali Rahmonov]
    source: https://en.wikipedia.org/wiki/President_of_Tajikistan
    as_of: 2025-10-31
  - id: kokhir-rasulzoda
    name: Kokhir Rasulzoda
    aliases: [Qohir Rasulzoda, Kohir Rasulzoda]
    source: https://en.wikipedia.org/wiki/Prime_Minister_of_Tajikistan
    as_of: 2025-10-31
  # Kyrgyzstan
  - id: sadyr-japarov
    name: Sadyr Japarov
    aliases: [Sadyr Zhaparov, Sadyr Dzhaparov]
    source: https://en.wikipedia.org/wiki/President_of_Kyrgyzstan
    as_of: 2025-10-31
  - id: akylbek-japarov
    name: Akylbek Japarov
    aliases: [Akylbek Zhaparov]
    source: https://en.trend.az/casia/kyrgyzstan/3982552.html
    as_of: 2025-10-31
  - id: adylbek-kasymaliev
    name: Adylbek Kasymaliev
    aliases: [Adylbek Kasymaliyev]
    source: https://en.trend.az/casia/kyrgyzstan/3982552.html
    as_of: 2025-10-31
  # United States
  - id: barack-obama
    name: Barack Obama
    source: https://en.wikipedia.org/wiki/List_of_presidents_of_the_United_States
    as_of: 2025-10-31
  - id: donald-trump
    name: Donald Trump
    aliases: [Donald J. Trump]
    source: https://en.wikipedia.org/wiki/List_of_presidents_of_the_United_States
    as_of: 2025-10-31
  - id: joe-biden
    name: Joe Biden
    aliases: [Joseph R. Biden, Joseph Biden]
    source: https://en.wikipedia.org/wiki/List_of_presidents_of_the_United_States
    as_of: 2025-10-31
  # United Kingdom
  - id: elizabeth-ii
    name: Elizabeth II
    surname: Elizabeth
    source: https://en.wikipedia.org/wiki/Monarchy_of_the_United_Kingdom
    as_of: 2025-10-31
  - id: charles-iii
    name: Charles III
    surname: Charles
    source: https://en.wikipedia.org/wiki/Monarchy_of_the_United_Kingdom
    as_of: 2025-10-31
  - id: theresa-may
    name: Theresa May
    source: https://en.wikipedia.org/wiki/List_of_prime_ministers_of_the_United_Kingdom
    as_of: 2025-10-31
  - id: boris-johnson
    name: Boris Johnson
    source: https://en.wikipedia.org/wiki/List_of_prime_ministers_of_the_United_Kingdom
    as_of: 2025-10-31
  - id: liz-truss
    name: Liz Truss
    source: https://en.wikipedia.org/wiki/List_of_prime_ministers_of_the_United_Kingdom
    as_of: 2025-10-31
  - id: rishi-sunak
    name: Rishi Sunak
    source: https://en.wikipedia.org/wiki/List_of_prime_ministers_of_the_United_Kingdom
    as_of: 2025-10-31
  - id: keir-starmer
    name: Keir Starmer
    source: https://en.wikipedia.org/wiki/List_of_prime_ministers_of_the_United_Kingdom
    as_of: 2025-10-31
  # France
  - id: emmanuel-macron
    name: Emmanuel Macron
    source: https://en.wikipedia.org/wiki/President_of_France
    as_of: 2025-10-31
  - id: elisabeth-borne
    name: Élisabeth Borne
    aliases: [Elisabeth Borne]
    source: https://en.wikipedia.org/wiki/List_of_prime_ministers_of_France
    as_of: 2025-10-31
  - id: gabriel-attal
    name: Gabriel Attal
    source: https://en.wikipedia.org/wiki/List_of_prime_ministers_of_France
    as_of: 2025-10-31
  - id: michel-barnier
    name: Michel Barnier
    source: https://en.wikipedia.org/wiki/List_of_prime_ministers_of_France
    as_of: 2025-10-31
  - id: francois-bayrou
    name: François Bayrou
    aliases: [Francois Bayrou]
    source: https://en.wikipedia.org/wiki/List_of_prime_ministers_of_France
    as_of: 2025-10-31
  - id: sebastien-lecornu
    name: Sébastien Lecornu
    aliases: [Sebastien Lecornu]
    source: https://en.wikipedia.org/wiki/List_of_prime_ministers_of_France
    as_of: 2025-10-31
  # Germany
  - id: angela-merkel
    name: Angela Merkel
    source: https://en.wikipedia.org/wiki/Chancellor_of_Germany
    as_of: 2025-10-31
  - id: olaf-scholz
    name: Olaf Scholz
    source: https://en.wikipedia.org/wiki/Chancellor_of_Germany
    as_of: 2025-10-31
  - id: friedrich-merz
    name: Friedrich Merz
    source: https://en.wikipedia.org/wiki/Chancellor_of_Germany
    as_of: 2025-10-31
  - id: frank-walter-steinmeier
    name: Frank-Walter Steinmeier
    surname: Steinmeier
    source: https://en.wikipedia.org/wiki/President_of_Germany
    as_of: 2025-10-31
  # Italy
  - id: sergio-mattarella
    name: Sergio Mattarella
    source: https://en.wikipedia.org/wiki/President_of_Italy
    as_of: 2025-10-31
  - id: mario-draghi
    name: Mario Draghi
    source: https://en.wikipedia.org/wiki/Prime_Minister_of_Italy
    as_of: 2025-10-31
  - id: giorgia-meloni
    name: Giorgia Meloni
    source: https://en.wikipedia.org/wiki/Prime_Minister_of_Italy
    as_of: 2025-10-31
  # Japan
  - id: naruhito
    name: Naruhito
    surname: Naruhito
    source: https://en.wikipedia.org/wiki/Emperor_of_Japan
    as_of: 2025-10-31
  - id: fumio-kishida
    name: Fumio Kishida
    source: https://en.wikipedia.org/wiki/Prime_Minister_of_Japan
    as_of: 2025-10-31
  - id: shigeru-ishiba
    name: Shigeru Ishiba
    source: https://en.wikipedia.org/wiki/Prime_Minister_of_Japan
    as_of: 2025-10-31
  - id: sanae-takaichi
    name: Sanae Takaichi
    source: https://japannews.yomiuri.co.jp/politics/politics-government/20251021-287719/
    as_of: 2025-10-31
  # Canada
  - id: justin-trudeau
    name: Justin Trudeau
    source: https://en.wikipedia.org/wiki/List_of_prime_ministers_of_Canada
    as_of: 2025-10-31
  - id: mark-carney
    name: Mark Carney
    source: https://en.wikipedia.org/wiki/List_of_prime_ministers_of_Canada
    as_of: 2025-10-31

offices:
  - id: president-of-south-korea
    titles: [President]
    of: South Korea
    source: https://en.wikipedia.org/wiki/List_of_presidents_of_South_Korea
    as_of: 2025-10-31
    holders:
      - {person: moon-jae-in, from: 2017-05-10, until: 2022-05-09}
      - {person: yoon-suk-yeol, from: 2022-05-10, until: 2025-04-04}
      - {person: lee-jae-myung, from: 2025-06-04}
  - id: prime-minister-of-south-korea
    titles: [Prime Minister]
    of: South Korea
    source: https://en.wikipedia.org/wiki/Prime_Minister_of_South_Korea
    as_of: 2025-10-31
    holders:
      - {person: han-duck-soo, from: 2022-05-21, until: 2025-05-01}
      - {person: kim-min-seok, from: 2025-07-03}
  - id: president-of-tajikistan
    titles: [President]
    of: Tajikistan
    source: https://en.wikipedia.org/wiki/President_of_Tajikistan
    as_of: 2025-10-31
    holders:
      - {person: emomali-rahmon, from: 1994-11-16}
  - id: prime-minister-of-tajikistan
    titles: [Prime Minister]
    of: Tajikistan
    source: https://en.wikipedia.org/wiki/Prime_Minister_of_Tajikistan
    as_of: 2025-10-31
    holders:
      - {person: kokhir-rasulzoda, from: 2013-11-23}
  - id: president-of-kyrgyzstan
    titles: [President]
    of: Kyrgyzstan
    source: https://en.wikipedia.org/wiki/President_of_Kyrgyzstan
    as_of: 2025-10-31
    holders:
      - {person: sadyr-japarov, from: 2021-01-28}
  - id: chairman-of-the-cabinet-of-kyrgyzstan
    titles: [Prime Minister, Chairman]
    of: Kyrgyzstan
    source: https://en.trend.az/casia/kyrgyzstan/3982552.html
    as_of: 2025-10-31
    holders:
      - {person: akylbek-japarov, from: 2021-10-12, until: 2024-12-16}
      - {person: adylbek-kasymaliev, from: 2024-12-16}
  - id: president-of-the-united-states
    titles: [President]
    of: the United States
    source: https://en.wikipedia.org/wiki/List_of_presidents_of_the_United_States
    as_of: 2025-10-31
    holders:
      - {person: barack-obama, from: 2009-01-20, until: 2017-01-20}
      - {person: donald-trump, from: 2017-01-20, until: 2021-01-20}
      - {person: joe-biden, from: 2021-01-20, until: 2025-01-20}
      - {person: donald-trump, from: 2025-01-20}
  - id: monarch-of-the-united-kingdom
    titles: [King, Queen]
    of: the United Kingdom
    source: https://en.wikipedia.org/wiki/Monarchy_of_the_United_Kingdom
    as_of: 2025-10-31
    holders:
      - {person: elizabeth-ii, from: 1952-02-06, until: 2022-09-08}
      - {person: charles-iii, from: 2022-09-08}
  - id: prime-minister-of-the-united-kingdom
    titles: [Prime Minister]
    of: the United Kingdom
    source: https://en.wikipedia.org/wiki/List_of_prime_ministers_of_the_United_Kingdom
    as_of: 2025-10-31
    holders:
      - {person: theresa-may, from: 2016-07-13, until: 2019-07-24}
      - {person: boris-johnson, from: 2019-07-24, until: 2022-09-06}
      - {person: liz-truss, from: 2022-09-06, until: 2022-10-25}
      - {person: rishi-sunak, from: 2022-10-25, until: 2024-07-05}
      - {person: keir-starmer, from: 2024-07-05}
  - id: president-of-france
    titles: [President]
    of: France
    source: https://en.wikipedia.org/wiki/President_of_France
    as_of: 2025-10-31
    holders:
      - {person: emmanuel-macron, from: 2017-05-14}
  - id: prime-minister-of-france
    titles: [Prime Minister]
    of: France
    source: https://en.wikipedia.org/wiki/List_of_prime_ministers_of_France
    as_of: 2025-10-31
    holders:
      - {person: elisabeth-borne, from: 2022-05-16, until: 2024-01-09}
      - {person: gabriel-attal, from: 2024-01-09, until: 2024-09-05}
      - {person: michel-barnier, from: 2024-09-05, until: 2024-12-13}
      - {person: francois-bayrou, from: 2024-12-13, until: 2025-09-09}
      - {person: sebastien-lecornu, from: 2025-09-09}
  - id: chancellor-of-germany
    titles: [Chancellor]
    of: Germany
    source: https://en.wikipedia.org/wiki/Chancellor_of_Germany
    as_of: 2025-10-31
    holders:
      - {person: angela-merkel, from: 2005-11-22, until: 2021-12-08}
      - {person: olaf-scholz, from: 2021-12-08, until: 2025-05-06}
      - {person: friedrich-merz, from: 2025-05-06}
  - id: president-of-germany
    titles: [President]
    of: Germany
    source: https://en.wikipedia.org/wiki/President_of_Germany
    as_of: 2025-10-31
    holders:
      - {person: frank-walter-steinmeier, from: 2017-03-19}
  - id: president-of-italy
    titles: [President]
    of: Italy
    source: https://en.wikipedia.org/wiki/President_of_Italy
    as_of: 2025-10-31
    holders:
      - {person: sergio-mattarella, from: 2015-02-03}
  - id: prime-minister-of-italy
    titles: [Prime Minister, Premier]
    of: Italy
    source: https://en.wikipedia.org/wiki/Prime_Minister_of_Italy
    as_of: 2025-10-31
    holders:
      - {person: mario-draghi, from: 2021-02-13, until: 2022-10-22}
      - {person: giorgia-meloni, from: 2022-10-22}
  - id: emperor-of-japan
    titles: [Emperor]
    of: Japan
    source: https://en.wikipedia.org/wiki/Emperor_of_Japan
    as_of: 2025-10-31
    holders:
      - {person: naruhito, from: 2019-05-01}
  - id: prime-minister-of-japan
    titles: [Prime Minister, Premier]
    of: Japan
    source: https://en.wikipedia.org/wiki/Prime_Minister_of_Japan
    as_of: 2025-10-31
    holders:
      - {person: fumio-kishida, from: 2021-10-04, until: 2024-10-01}
      - {person: shigeru-ishiba, from: 2024-10-01, until: 2025-10-21}
      - {person: sanae-takaichi, from: 2025-10-21}
  - id: prime-minister-of-canada
    titles: [Prime Minister]
    of: Canada
    source: https://en.wikipedia.org/wiki/List_of_prime_ministers_of_Canada
    as_of: 2025-10-31
    holders:
      - {person: justin-trudeau, from: 2015-11-04, until: 2025-03-14}
      - {person: mark-carney, from: 2025-03-14}

"""#),
        ("registries/role-words.yml", #"""
# Role words for the person model (Sources/FidelintRules/Names/RoleGrammar.swift): a role is a
# phrase of modifiers ending in a head noun ("fire chief", "head coach", "medical director",
# "Police Commissioner"), written before a name ("Superintendent Gloria Havelka", "the club's team
# manager, Dana Holt") or after it as an appositive ("Ana Ruiz, the city's mayor,"). Lists hold
# lowercase single words, singular; they are data, not full titles. (issue 14, capability 3)

# Nouns that end a role phrase and name an office or a job.
heads: [
  chief, director, manager, coach, commissioner, superintendent, principal, minister, secretary,
  chair, chairman, chairwoman, chairperson, president, mayor, governor, spokesperson, spokesman,
  spokeswoman, officer, executive, ceo, clerk, treasurer, auditor, administrator, controller,
  comptroller, head, dean, provost, rector, chancellor, premier, judge, magistrate, prosecutor,
  sheriff, marshal, coroner, inspector, councillor, councilor, councilman, councilwoman, alderman,
  senator, ambassador, envoy, speaker, captain, skipper, curator, editor, publisher, founder,
  owner, warden, registrar, ombudsman, ombudsperson, steward, trustee, conductor, architect,
  engineer, economist, analyst, planner, surveyor, attorney, solicitor, counsel, organiser,
  organizer, coordinator, supervisor, commander, lieutenant, sergeant, constable, detective,
  physician, surgeon, nurse, scientist, researcher, professor, lecturer, teacher, headteacher,
  headmaster, headmistress, vicar, bishop, pastor, rabbi, imam,
  # other languages: mayor, president, director, coach, minister, chief, judge
  maire, alcalde, alcaldesa, sindaco, sindaca, bürgermeister, bürgermeisterin, oberbürgermeister,
  oberbürgermeisterin, presidente, presidenta, président, présidente, präsident, präsidentin,
  directeur, directrice, direktor, direktorin, direttore, direttrice, directora, geschäftsführer,
  geschäftsführerin, entraîneur, entraîneuse, entrenador, entrenadora, allenatore, trainer,
  trainerin, tecnico, técnico, ministre, ministro, ministra, ministerin, juez, jueza, juge, richter, richterin,
  giudice, vorsitzende, vorsitzender, landrat, landrätin, dezernent, dezernentin, stadtrat,
  stadträtin, intendant, intendantin, préfet, préfète, prefetto, conseiller, conseillère,
  prefeito, prefeita, gerente, diretor, diretora, treinador, treinadora, chefarzt, chefärztin,
  leiter, leiterin, presidentessa,
  # more offices in es/pt/it/fr/de: treasurer, councillor with a portfolio, municipal secretary,
  # delegate, spokesperson, prosecutor, rector, head teacher
  kämmerer, kämmerin, assessore, assessora, vereador, vereadora, secretário, secretária, secretario,
  delegado, delegada, portavoz, portavoce, porte-parole, concejal, concejala, consigliere, consigliera,
  adjoint, adjointe, consejero, consejera, conselheiro, conselheira, procureur, procureure,
  procuratore, procuratrice, rektor, rektorin, dekan, dekanin, schulleiter, schulleiterin,
  comisario, comisaria, commissaire, comandante, rectora, rettore, rettrice, recteur, rectrice,
  reitor, reitora, gobernador, gobernadora, governador, governadora, regidor, regidora,
  coordinador, coordinadora, coordenador, coordenadora, coordinatore, coordinatrice, coordinateur,
  questore, proviseur, proviseure, doyen, doyenne, délégué, déléguée, sélectionneur,
  seleccionador, seleccionadora, dirigente, kapitän, kapitänin, juiz, juíza,
]

# Words that may stand before a head inside a role phrase: domains, ranks and bodies.
modifiers: [
  fire, police, county, city, state, school, health, medical, head, chief, executive, finance,
  financial, technical, sporting, race, team, general, managing, operating, operations,
  communications, programme, program, project, public, national, regional, district, court,
  town, board, club, transport, education, foreign, interior, defence, defense, justice, attorney,
  deputy, vice, assistant, associate, senior, principal, lead, artistic, creative, musical,
  museum, hospital, clinical, nursing, academic, athletic, football, basketball, baseball,
  hockey, rugby, cricket, election, elections, electoral, budget, housing, planning, parks,
  water, harbour, harbor, port, airport, transit, library, festival, marketing, sales, research,
  science, scientific, information, technology, security, safety, emergency, environmental,
  environment, agriculture, trade, labour, labor, energy, culture, sports, tourism, economy,
  treasury, parish, village, borough, municipal, metropolitan, provincial, federal,
  human, resources, medical, examiner, legal, risk, compliance, investment, investor, relations,
  press, media, news, fleet, division, branch, station, site, plant, store, ward, unit, zoning,
  inspector, coroner, fiscal, customer, product, design, data, digital, content, editorial,
  managing, news, sports, youth, under-21, first-team, pro, tempore, prime, presiding,
]

# Adjectives written after the head in Spanish, Portuguese, Italian and French role phrases ("el
# delegado territorial", "o secretário municipal de Saúde", "le directeur général", "l'assessore
# regionale"): part of the role, and a bare head ("o secretário") is the same office.
post_modifiers: [
  territorial, municipal, regional, provincial, estadual, estatal, federal, nacional, national,
  nazionale, comunale, regionale, provinciale, departamental, départemental, general, général,
  générale, generale, geral, ejecutivo, ejecutiva, executivo, executiva, esecutivo, esecutiva,
  exécutif, exécutive, adjunto, adjunta, adjoint, adjointe, aggiunto, médico, médica, medico,
  técnico, técnica, tecnico, deportivo, deportiva, desportivo, sportivo, sportif, sportive,
  financiero, financiera, financeiro, financeira, finanziario, financier, financière, comercial,
  commerciale, científico, científica, scientifico, scientifique, artístico, artística, artistico,
  artistique, jefe, jefa, scolastico, scolastica, sanitario, sanitaria, sanitaire, educativo,
  educativa,
]

# German role nouns that end a compound ("Landesverkehrsministerin", "Stadtkämmerer",
# "Schulleiterin", "Kreisbrandmeister"): a capitalized word ending in one (three letters or more
# before it) is a role, its first part the domain ("Verkehrsministerin" is a short form of
# "Landesverkehrsministerin" in the same article). Only offices one person holds in a body;
# professions many hold at once ("Rechtsanwalt", "Oberarzt", "Pressesprecher") are not listed.
compound_heads: [
  minister, ministerin, präsident, präsidentin, bürgermeister, bürgermeisterin, direktor,
  direktorin, leiter, leiterin, vorsitzende, vorsitzender, dezernent, dezernentin, kämmerer,
  kämmerin, beauftragte, beauftragter, trainer, trainerin, intendant, intendantin, kommandant,
  kommandantin, rektor, rektorin, brandmeister, brandmeisterin, geschäftsführer, geschäftsführerin,
  senator, senatorin,
]

# Spellings of one office, "variant = canonical": a role key takes the canonical words, so "CEO
# Ana Ruiz" and "chief executive Tom Brill" hold one office ("Corvex CEO" = "Corvex chief
# executive", "Chairman" = "Chair").
synonyms: [
  "ceo = chief executive", "chief executive officer = chief executive", "cfo = chief financial officer",
  "finance chief = chief financial officer", "coo = chief operating officer", "chairman = chair",
  "chairwoman = chair", "chairperson = chair", "headteacher = head teacher",
  "headmaster = head teacher", "headmistress = head teacher",
]

# Heads that many people hold at once when unqualified ("a minister", "officers", "Coach Ruiz"
# beside "Coach Bell" of the other team): two of them are no conflict unless both are qualified
# the same way ("the county's health officer").
shared: [
  minister, secretary, senator, judge, ambassador, envoy, commissioner, councillor, councilor,
  councilman, councilwoman, alderman, trustee, officer, coach, spokesperson, spokesman,
  spokeswoman, analyst, economist, professor, lecturer, teacher, physician, surgeon, nurse,
  scientist, researcher, engineer, architect, attorney, solicitor, counsel, lieutenant, sergeant,
  constable, detective, inspector, captain, magistrate, prosecutor, editor, founder, owner,
  director, manager, executive, organiser, organizer, coordinator, supervisor, planner, head,
  vicar, pastor, rabbi, imam, bishop, curator, steward, warden, trainer, conseiller,
  conseillère, stadtrat, stadträtin, ministre, ministro, ministra, ministerin, juez, jueza, juge,
  richter, richterin, giudice, dezernent, dezernentin, assistant, deputy, clerk,
  assessore, assessora, vereador, vereadora, secretário, secretária, secretario, delegado, delegada,
  portavoz, portavoce, porte-parole, concejal, concejala, consigliere, consigliera, adjoint,
  adjointe, consejero, consejera, conselheiro, conselheira, procureur, procureure, procuratore,
  procuratrice, comisario, comisaria, commissaire, comandante, regidor, regidora, coordinador,
  coordinadora, coordenador, coordenadora, coordinatore, coordinatrice, coordinateur, dirigente,
  délégué, déléguée, juiz, juíza,
]

# Capitalized words that end an organisation's name ("Port Commission", "Water Board"): a role
# qualified by one ("Port Commission chair") is that body's only holder, so a bare "Chair" in the
# same article means the same office.
org_nouns: [
  commission, council, board, committee, authority, agency, department, ministry, office, bureau,
  service, services, trust, foundation, club, company, corporation, group, bank, hospital, school,
  university, college, district, museum, library, association, federation, union, institute,
  society, court, police, fire, parliament, assembly, senate, panel, team, league, festival,
  orchestra, theatre, theater, zoo, port, airport, utility, utilities, cooperative, partnership,
  network, centre, center, clinic, academy, church, diocese, parish, county, city, town, village,
  borough, state, region, province,
]

# Courtesy titles (without a full stop): "Mr Ruiz", "Herr Wellmann", "Sra. Ortega", "Dott. Bassi".
honorifics: [
  mr, mrs, ms, miss, mx, dr, prof, sir, dame, lord, lady, sr, sra, srta, don, doña, m, mme, mlle,
  herr, frau, dott, dottssa, sig, sigra, avv, ing,
]

# Words before a role that make its holder a past, future or temporary one: no conflict.
skip: [
  former, ex, then, late, acting, interim, incoming, outgoing, previous, past, predecessor,
  successor, future, next, first, new, retired, founding, erstwhile, onetime, one-time, longtime,
  long-time, legendary, famed, iconic, original, historic, late, ehemalige, ehemaliger, früherer, frühere, neue, neuer, ancien, ancienne, nouveau,
  nouvelle, antiguo, antigua, nuevo, nueva, ex-, expresidente, exalcalde, ex-presidente,
]

# Words that speak of one holder following another: two holders named in such a sentence are a
# succession, not a conflict.
transition: [
  succeed, succeeded, succeeds, succeeding, successor, predecessor, replaced, resigned,
  resignation, retired, retirement, stepped, ousted, fired, sacked, dismissed, appointed, sworn,
  elected, preceded, nachfolger, nachfolgerin, vorgänger, vorgängerin, successeur,
  prédécesseur, sucesor, sucesora, predecesor, predecesora, successore, predecessore,
]

# Role equivalence classes, "a | b | c": one office under several names, when the role is
# qualified by an organisation ("Rovers manager Steve Aldous" and "Rovers head coach Colin
# Petrie", "o técnico do Grêmio" and "o treinador gremista"): the key takes the class's first
# phrase. A bare role is left alone ("manager" alone may be any manager). Each phrase is the role
# as written, lowercase, without the qualifier.
role_classes: [
  "manager | head coach | first-team coach | first team coach | técnico | treinador | treinadora | entrenador | entrenadora | director técnico | directora técnica | allenatore | allenatrice | tecnico | trainer | trainerin | cheftrainer | cheftrainerin | entraîneur | entraîneuse | entraîneur principal | seleccionador | selecionador | sélectionneur | commissario tecnico",
]

# Words before a role that name its incoming holder ("the new mayor", "il nuovo sindaco", "le
# nouveau maire", "der neue Bürgermeister"), and words that elect one ("elected mayor", "eletto
# sindaco", "alcalde electo", "prefeito eleito", "maire élu"). Two people given one incoming role
# are one role renamed; an incoming holder is never in conflict with the role's previous holder.
incoming_words: [
  new, newly, nuovo, nuova, neo, nouveau, nouvel, nouvelle, neue, neuer, neuen, nuevo, nueva,
  novo, nova, recién, recém,
]
elect_words: [
  elected, eletto, eletta, eleito, eleita, electo, electa, elegido, elegida, élu, élue, gewählte,
  gewählter, neugewählte, neugewählter,
]
# Copulas between a name and a predicate role ("Marco Benassi è il nuovo sindaco", "Ana Ruiz is
# the new mayor", "foi eleito prefeito", "a été élu maire").
copulas: [
  is, was, has, been, becomes, became, è, é, es, est, ist, stato, stata, foi, fue, été, a, wurde,
  diventa, torna, sarà, será, sera, ha,
]

# Suffixes of club and town demonyms written after a Romance role ("o técnico gremista", "el
# entrenador sevillista", "l'allenatore juventino", "o técnico palmeirense"): the role's
# organisation is the capitalized word of the article whose folded form starts with the stem
# (the word less its suffix, three letters or more).
demonym_suffixes: [ista, istas, ense, enses, ino, ina, inos, inas]

# Nouns that make a capitalized word a street or place name: after it ("Harlan Road", "Mill
# Lane", "Kastanienallee" is one word) or before it ("Calle Mayor", "Rua Augusta", "via Roma",
# "rue Lepic"). Such a use is no person's name.
street_after: [
  road, rd, street, st, avenue, ave, lane, drive, way, close, crescent, place, square, park,
  gardens, terrace, hill, bridge, estate, boulevard, row, grove, walk, mews, green, parade, rise,
  court, hall, house, centre, center, school, college, academy, farm, wood, woods, field, fields,
  straße, strasse, weg, platz, allee, gasse, ring,
]
street_before: [
  calle, avenida, av, rua, via, viale, piazza, piazzale, corso, vicolo, strada, rue, boulevard,
  place, praça, plaza, paseo, travessa, largo, carrer, ronda, camino,
]

# Abbreviations written around a club's or body's name ("FC Auental", "AS Vernoux", "Rovers FC",
# "SV Bergheim"): an organisation qualifying a role is compared without them.
org_affixes: [
  fc, afc, cf, ac, as, sc, cd, ud, sd, rc, sv, vfb, vfl, tsv, tsg, ec, se, ca, cr, us, ss, asd,
  og, fk, sk, nk, bk, if, ik, kv, krc, rsc, sl, club, clube, calcio,
]

# Role phrases with one holder in their body, whose incoming holder is one too ("the new mayor",
# "il nuovo sindaco", "the new chief executive"); the roles of `role_classes` count as well. "The
# new store manager" or "a new teacher" may be one of several, and is left alone.
incoming_offices: [
  mayor, alcalde, alcaldesa, sindaco, sindaca, maire, bürgermeister, bürgermeisterin,
  oberbürgermeister, oberbürgermeisterin, prefeito, prefeita, president, presidente, presidenta,
  président, présidente, präsident, präsidentin, governor, gobernador, gobernadora, governador,
  governadora, chancellor, premier, prime minister, ceo, chief executive, chief executive officer,
  chair, chairman, chairwoman, chairperson, headteacher, head teacher, headmaster, headmistress,
  principal, superintendent, rector, rectora, rettore, recteur, reitor, reitora, rektor, rektorin,
  provost, vice-chancellor, speaker, landrat, landrätin, préfet, préfète, prefetto,
]

# Words after a club's name that make another team of it ("Rovers Women", "Grêmio Sub-20",
# "Juventus Primavera"): never the club's first team.
team_sections: [
  women, woman, ladies, men, reserves, reserve, youth, academy, juniors, u21, u-21, u23, u-23,
  under-21, under-23, b, ii, femenino, femenina, feminino, feminina, femminile, frauen, damen,
  féminine, féminines, juvenil, sub-20, sub-17, sub-23, primavera, jugend, espoirs, ii,
]

"""#),
        ("registries/sources.yml", #"""
# fidelint starter source registry: outlets, agencies and official portals that articles cite,
# with the web domains their own pages live on. `source_domain_mismatch` uses it to tell that a
# link contradicts the outlet named in the attribution ("according to Reuters" linking elsewhere).
#
# Format: see SourceRegistry in Sources/FidelintRules/Registry/SourceRegistry.swift and the README.
# Each entry's `source` is the outlet's own site, which shows that the domain is theirs; `as_of` is
# when it was checked. A link counts for an entry when its host is one of `domains` or a subdomain.

sources:
  # Wire services and news agencies
  - {id: reuters, name: Reuters, aliases: [Thomson Reuters], domains: [reuters.com], kind: wire, source: "https://www.reuters.com/", as_of: 2025-10-31}
  - {id: ap, name: Associated Press, aliases: [AP, The Associated Press], domains: [apnews.com, ap.org], kind: wire, source: "https://apnews.com/", as_of: 2025-10-31}
  - {id: afp, name: AFP, aliases: [Agence France-Presse, Agence France Presse], domains: [afp.com], kind: wire, source: "https://www.afp.com/", as_of: 2025-10-31}
  - {id: bloomberg, name: Bloomberg, aliases: [Bloomberg News], domains: [bloomberg.com], kind: wire, source: "https://www.bloomberg.com/", as_of: 2025-10-31}
  - {id: yonhap, name: Yonhap, aliases: [Yonhap News Agency, Yonhap News], domains: [yna.co.kr, yonhapnews.co.kr], kind: wire, source: "https://en.yna.co.kr/", as_of: 2025-10-31}
  - {id: xinhua, name: Xinhua, aliases: [Xinhua News Agency], domains: [xinhuanet.com, news.cn], kind: wire, source: "https://english.news.cn/", as_of: 2025-10-31}
  - {id: kyodo, name: Kyodo, aliases: [Kyodo News], domains: [kyodonews.net, kyodonews.jp], kind: wire, source: "https://english.kyodonews.net/", as_of: 2025-10-31}
  - {id: tass, name: TASS, domains: [tass.com, tass.ru], kind: wire, source: "https://tass.com/", as_of: 2025-10-31}
  - {id: dpa, name: dpa, aliases: [Deutsche Presse-Agentur], domains: [dpa.com], kind: wire, source: "https://www.dpa.com/", as_of: 2025-10-31}
  - {id: ansa, name: ANSA, domains: [ansa.it], kind: wire, source: "https://www.ansa.it/", as_of: 2025-10-31}
  - {id: efe, name: EFE, aliases: [Agencia EFE], domains: [efe.com], kind: wire, source: "https://efe.com/", as_of: 2025-10-31}
  - {id: interfax, name: Interfax, domains: [interfax.com, interfax.ru], kind: wire, source: "https://interfax.com/", as_of: 2025-10-31}
  - {id: khovar, name: Khovar, aliases: [National Information Agency of Tajikistan], domains: [khovar.tj], kind: wire, source: "https://khovar.tj/eng/", as_of: 2025-10-31}
  - {id: asia-plus, name: Asia-Plus, domains: [asiaplustj.info], kind: wire, source: "https://asiaplustj.info/en", as_of: 2025-10-31}
  - {id: kabar, name: Kabar, aliases: [Kabar News Agency], domains: [kabar.kg], kind: wire, source: "https://en.kabar.kg/", as_of: 2025-10-31}
  - {id: akipress, name: AKIpress, domains: [akipress.com], kind: wire, source: "https://akipress.com/", as_of: 2025-10-31}
  # Broadcasters
  - {id: bbc, name: BBC, aliases: [BBC News], domains: [bbc.com, bbc.co.uk], kind: broadcaster, source: "https://www.bbc.com/news", as_of: 2025-10-31}
  - {id: cnn, name: CNN, domains: [cnn.com], kind: broadcaster, source: "https://edition.cnn.com/", as_of: 2025-10-31}
  - {id: npr, name: NPR, domains: [npr.org], kind: broadcaster, source: "https://www.npr.org/", as_of: 2025-10-31}
  - {id: al-jazeera, name: Al Jazeera, domains: [aljazeera.com, aljazeera.net], kind: broadcaster, source: "https://www.aljazeera.com/", as_of: 2025-10-31}
  - {id: nhk, name: NHK, aliases: [NHK World], domains: [nhk.or.jp], kind: broadcaster, source: "https://www3.nhk.or.jp/nhkworld/", as_of: 2025-10-31}
  - {id: kbs, name: KBS, aliases: [Korean Broadcasting System], domains: [kbs.co.kr], kind: broadcaster, source: "https://world.kbs.co.kr/", as_of: 2025-10-31}
  - {id: dw, name: Deutsche Welle, aliases: [DW], domains: [dw.com], kind: broadcaster, source: "https://www.dw.com/en/", as_of: 2025-10-31}
  - {id: france-24, name: France 24, domains: [france24.com], kind: broadcaster, source: "https://www.france24.com/en/", as_of: 2025-10-31}
  - {id: cbc, name: CBC, aliases: [CBC News], domains: [cbc.ca], kind: broadcaster, source: "https://www.cbc.ca/news", as_of: 2025-10-31}
  - {id: rferl, name: Radio Free Europe/Radio Liberty, aliases: [RFE/RL, Radio Liberty, Radio Free Europe], domains: [rferl.org], kind: broadcaster, source: "https://www.rferl.org/", as_of: 2025-10-31}
  # Newspapers
  - {id: nyt, name: The New York Times, aliases: [New York Times], domains: [nytimes.com], kind: newspaper, source: "https://www.nytimes.com/", as_of: 2025-10-31}
  - {id: washington-post, name: The Washington Post, aliases: [Washington Post], domains: [washingtonpost.com], kind: newspaper, source: "https://www.washingtonpost.com/", as_of: 2025-10-31}
  - {id: guardian, name: The Guardian, aliases: [Guardian], domains: [theguardian.com], kind: newspaper, source: "https://www.theguardian.com/", as_of: 2025-10-31}
  - {id: ft, name: Financial Times, aliases: [The Financial Times, FT], domains: [ft.com], kind: newspaper, source: "https://www.ft.com/", as_of: 2025-10-31}
  - {id: wsj, name: The Wall Street Journal, aliases: [Wall Street Journal, WSJ], domains: [wsj.com], kind: newspaper, source: "https://www.wsj.com/", as_of: 2025-10-31}
  - {id: korea-herald, name: The Korea Herald, aliases: [Korea Herald], domains: [koreaherald.com], kind: newspaper, source: "https://www.koreaherald.com/", as_of: 2025-10-31}
  - {id: korea-times, name: The Korea Times, aliases: [Korea Times], domains: [koreatimes.co.kr], kind: newspaper, source: "https://www.koreatimes.co.kr/", as_of: 2025-10-31}
  - {id: nikkei, name: Nikkei, aliases: [Nikkei Asia], domains: [nikkei.com], kind: newspaper, source: "https://asia.nikkei.com/", as_of: 2025-10-31}
  - {id: le-monde, name: Le Monde, domains: [lemonde.fr], kind: newspaper, source: "https://www.lemonde.fr/", as_of: 2025-10-31}
  - {id: spiegel, name: Der Spiegel, aliases: [Spiegel], domains: [spiegel.de], kind: newspaper, source: "https://www.spiegel.de/", as_of: 2025-10-31}
  # Government portals
  - {id: korea-net, name: Korea.net, domains: [korea.net], kind: government, source: "https://www.korea.net/", as_of: 2025-10-31}
  - {id: president-kr, name: Office of the President of the Republic of Korea, aliases: [Office of the President], domains: [president.go.kr], kind: government, source: "https://www.president.go.kr/", as_of: 2025-10-31}
  - {id: mofa-kr, name: Ministry of Foreign Affairs of Korea, aliases: [South Korean Foreign Ministry], domains: [mofa.go.kr], kind: government, source: "https://www.mofa.go.kr/eng/", as_of: 2025-10-31}
  - {id: president-tj, name: President of the Republic of Tajikistan, aliases: [President.tj], domains: [president.tj], kind: government, source: "http://www.president.tj/en", as_of: 2025-10-31}
  - {id: president-kg, name: President of the Kyrgyz Republic, aliases: [President.kg], domains: [president.kg], kind: government, source: "https://www.president.kg/en", as_of: 2025-10-31}
  - {id: gov-uk, name: GOV.UK, domains: [gov.uk], kind: government, source: "https://www.gov.uk/", as_of: 2025-10-31}
  - {id: white-house, name: White House, aliases: [The White House], domains: [whitehouse.gov], kind: government, source: "https://www.whitehouse.gov/", as_of: 2025-10-31}
  - {id: state-department, name: State Department, aliases: [U.S. State Department, US State Department, Department of State], domains: [state.gov], kind: government, source: "https://www.state.gov/", as_of: 2025-10-31}
  - {id: elysee, name: Élysée, aliases: [Elysee, Élysée Palace, Elysee Palace], domains: [elysee.fr], kind: government, source: "https://www.elysee.fr/en/", as_of: 2025-10-31}
  - {id: bundesregierung, name: Bundesregierung, aliases: [German Federal Government, German government], domains: [bundesregierung.de], kind: government, source: "https://www.bundesregierung.de/breg-en", as_of: 2025-10-31}
  - {id: governo-it, name: Palazzo Chigi, aliases: [Italian Government], domains: [governo.it], kind: government, source: "https://www.governo.it/", as_of: 2025-10-31}
  - {id: kantei, name: Kantei, aliases: [Prime Minister's Office of Japan], domains: [kantei.go.jp], kind: government, source: "https://japan.kantei.go.jp/", as_of: 2025-10-31}
  - {id: pm-canada, name: Prime Minister of Canada, aliases: [Prime Minister's Office], domains: [pm.gc.ca], kind: government, source: "https://www.pm.gc.ca/en", as_of: 2025-10-31}
  - {id: canada-ca, name: Government of Canada, domains: [canada.ca, gc.ca], kind: government, source: "https://www.canada.ca/en.html", as_of: 2025-10-31}
  # International organizations
  - {id: un, name: United Nations, aliases: [UN, U.N.], domains: [un.org], kind: organization, source: "https://www.un.org/", as_of: 2025-10-31}
  - {id: world-bank, name: World Bank, aliases: [The World Bank], domains: [worldbank.org], kind: organization, source: "https://www.worldbank.org/", as_of: 2025-10-31}
  - {id: imf, name: International Monetary Fund, aliases: [IMF], domains: [imf.org], kind: organization, source: "https://www.imf.org/", as_of: 2025-10-31}
  - {id: who, name: World Health Organization, aliases: [WHO], domains: [who.int], kind: organization, source: "https://www.who.int/", as_of: 2025-10-31}
  - {id: oecd, name: OECD, domains: [oecd.org], kind: organization, source: "https://www.oecd.org/", as_of: 2025-10-31}
  - {id: european-commission, name: European Commission, domains: [ec.europa.eu, europa.eu], kind: organization, source: "https://commission.europa.eu/", as_of: 2025-10-31}
  # Journals
  - {id: nature, name: Nature, aliases: [the journal Nature], domains: [nature.com], kind: journal, source: "https://www.nature.com/", as_of: 2025-10-31}
  - {id: science, name: Science, aliases: [the journal Science], domains: [science.org], kind: journal, source: "https://www.science.org/", as_of: 2025-10-31}
  - {id: lancet, name: The Lancet, aliases: [Lancet], domains: [thelancet.com], kind: journal, source: "https://www.thelancet.com/", as_of: 2025-10-31}
  - {id: nejm, name: New England Journal of Medicine, aliases: [The New England Journal of Medicine, NEJM], domains: [nejm.org], kind: journal, source: "https://www.nejm.org/", as_of: 2025-10-31}
  - {id: jama, name: JAMA, aliases: [Journal of the American Medical Association], domains: [jamanetwork.com], kind: journal, source: "https://jamanetwork.com/", as_of: 2025-10-31}
  # Newspapers in Spanish, French, German, Portuguese and Italian (issue 14: attributions in five languages)
  - {id: el-pais, name: El País, aliases: [El Pais], domains: [elpais.com], kind: newspaper, source: "https://elpais.com/", as_of: 2026-12-07}
  - {id: el-mundo, name: El Mundo, domains: [elmundo.es], kind: newspaper, source: "https://www.elmundo.es/", as_of: 2026-12-07}
  - {id: le-figaro, name: Le Figaro, domains: [lefigaro.fr], kind: newspaper, source: "https://www.lefigaro.fr/", as_of: 2026-12-07}
  - {id: sueddeutsche, name: Süddeutsche Zeitung, aliases: [Sueddeutsche Zeitung], domains: [sueddeutsche.de], kind: newspaper, source: "https://www.sueddeutsche.de/", as_of: 2026-12-07}
  - {id: faz, name: Frankfurter Allgemeine Zeitung, aliases: [FAZ, Frankfurter Allgemeine], domains: [faz.net], kind: newspaper, source: "https://www.faz.net/", as_of: 2026-12-07}
  - {id: folha, name: Folha de S.Paulo, aliases: [Folha de São Paulo, Folha], domains: [folha.uol.com.br], kind: newspaper, source: "https://www.folha.uol.com.br/", as_of: 2026-12-07}
  - {id: o-globo, name: O Globo, domains: [oglobo.globo.com, globo.com], kind: newspaper, source: "https://oglobo.globo.com/", as_of: 2026-12-07}
  - {id: corriere, name: Corriere della Sera, domains: [corriere.it], kind: newspaper, source: "https://www.corriere.it/", as_of: 2026-12-07}
  - {id: repubblica, name: la Repubblica, aliases: [La Repubblica], domains: [repubblica.it], kind: newspaper, source: "https://www.repubblica.it/", as_of: 2026-12-07}
  - {id: gazzetta-sport, name: La Gazzetta dello Sport, aliases: [Gazzetta dello Sport], domains: [gazzetta.it], kind: newspaper, source: "https://www.gazzetta.it/", as_of: 2026-12-07}

"""#),
        ("registries/world-entities.yml", #"""
# fidelint starter entity registry, continued: the presidents of Russia, China and Ukraine, the
# leaders most often named beside the G7 heads of government, so that "President Vladimir Putin"
# in a story about President Trump is known to hold another office (role_conflict,
# headline_name_mismatch) and is checked against the article date (stale_office).
#
# Same format and rules as entities.yml (loaded with it; ids are shared). Facts checked against
# the sources below and inauguration reports (Putin 2000-05-07 and 2012-05-07, Xi 2013-03-14,
# Zelenskyy 2019-05-20).

people:
  - id: vladimir-putin
    name: Vladimir Putin
    source: https://en.wikipedia.org/wiki/President_of_Russia
    as_of: 2025-10-31
  - id: dmitry-medvedev
    name: Dmitry Medvedev
    aliases: [Dmitri Medvedev]
    source: https://en.wikipedia.org/wiki/President_of_Russia
    as_of: 2025-10-31
  - id: xi-jinping
    name: Xi Jinping
    surname: Xi
    source: https://en.wikipedia.org/wiki/President_of_China
    as_of: 2025-10-31
  - id: volodymyr-zelenskyy
    name: Volodymyr Zelenskyy
    surname: Zelenskyy
    aliases: [Volodymyr Zelensky, Volodymyr Zelenskiy]
    source: https://en.wikipedia.org/wiki/President_of_Ukraine
    as_of: 2025-10-31

offices:
  - id: president-of-russia
    titles: [President]
    of: Russia
    source: https://en.wikipedia.org/wiki/President_of_Russia
    as_of: 2025-10-31
    holders:
      - {person: vladimir-putin, from: 2000-05-07, until: 2008-05-07}
      - {person: dmitry-medvedev, from: 2008-05-07, until: 2012-05-07}
      - {person: vladimir-putin, from: 2012-05-07}
  - id: president-of-china
    titles: [President]
    of: China
    source: https://en.wikipedia.org/wiki/President_of_China
    as_of: 2025-10-31
    holders:
      - {person: xi-jinping, from: 2013-03-14}
  - id: president-of-ukraine
    titles: [President]
    of: Ukraine
    source: https://en.wikipedia.org/wiki/President_of_Ukraine
    as_of: 2025-10-31
    holders:
      - {person: volodymyr-zelenskyy, from: 2019-05-20}

"""#),
    ]
}
