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
    | (?:^|(?<=[.!?:,])|(?<=[.!?:,]\s))como\s+(?&ai_es),?\s+(?:yo\s+)?(?:no|puedo|tengo|debo|carezco|soy)\b
    | \bsoy\s+(?:solo\s+|s[oó]lo\s+|simplemente\s+)?(?:un\s+|una\s+)(?:modelo\s+de\s+lenguaje|asistente\s+(?:virtual|de\s+ia)|ia|inteligencia\s+artificial)\b
    | \ben\s+tant\s+qu(?:e\s+|['’]\s*)(?&ai_fr),?\s+(?:je|j['’])
    | \bje\s+(?:suis|ne\s+suis\s+qu['’])\s*(?:(?:simplement|seulement)\s+)?(?:un\s+|une\s+)(?:mod[eè]le\s+de\s+langage|assistant\s+(?:virtuel|ia|d['’]ia)|ia|intelligence\s+artificielle)\b
    | \bals\s+(?&ai_de),?\s+(?:habe|kann|bin|besitze|verf[üu]ge|darf|m[öo]chte)\s+ich\b
    | \bich\s+bin\s+(?:nur\s+|lediglich\s+|bloß\s+)?(?:eine\s+ki|ein\s+(?:ki-)?sprachmodell|ein\s+ki-assistent|eine\s+k[üu]nstliche\s+intelligenz)\b
    | (?:^|(?<=[.!?:,])|(?<=[.!?:,]\s))como\s+(?&ai_pt),?\s+(?:eu\s+)?(?:n[ãa]o|posso|tenho|sou|devo)\b
    | \bsou\s+(?:apenas\s+|s[óo]\s+)?(?:um\s+|uma\s+)(?:modelo\s+de\s+linguagem|assistente\s+(?:virtual|de\s+ia)|ia|intelig[êe]ncia\s+artificial)\b
    | (?:^|(?<=[.!?:,])\s*)come\s+(?&ai_it),?\s+(?:io\s+)?(?:non|posso|ho|sono|devo)\b
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
    | \(\s*(?:approx(?:imately|\.)?\s+|about\s+|~\s*)?(?:word\s+count|words|recuento\s+de\s+palabras|palabras|nombre\s+de\s+mots|mots|wortanzahl|anzahl\s+der\s+w[öo]rter|contagem\s+de\s+palavras|palavras|conteggio\s+(?:delle\s+)?parole|parole)\s*:\s*~?\d[\d,.]*(?:\s*[—–;,-]\s*[^)\n]{0,160})?\s*\)
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
# A knowledge-cutoff note, an apology or an AI self-reference on the same line is the same
# defect, told more exactly: the refusal gives way to it.
yields: true
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
           |describe|discuss|comment\s+on|speculate\s+on|cover|share|give|offer|confirm|tell\s+you|give\s+you|say\s+for\s+certain)
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
    # No access to the material, said in the first person: "I don't have access to the union's
    # ballot results", "no tengo acceso al acta", "je n'ai pas accès", "ich habe keinen Zugriff".
    | \bi\s+(?:do\s+not|don['’]t)\s+have\s+(?:direct\s+|real-time\s+|any\s+)?access\s+to\b [^.\n]*
    | \bno\s+tengo\s+acceso\s+a\b [^.\n]* | \bje\s+n['’]ai\s+pas\s+acc[eè]s\b [^.\n]*
    | \bich\s+habe\s+(?:leider\s+)?keinen\s+zugriff\b [^.\n]* | \bn[ãa]o\s+tenho\s+acesso\s+a\b [^.\n]* | \bnon\s+ho\s+accesso\s+a\b [^.\n]*
    | \b(?:goes|go|would\s+go)\s+against\s+(?:my|\w+['’]s)\s+(?:usage|use-case|content)\s+polic(?:y|ies)\b
    # Spanish
    | \b(?:lo\s+siento(?:\s+mucho)?|disculpa|disculpe|perd[oó]n|lamentablemente),?\s+pero\s+no\s+(?:puedo|me\s+es\s+posible|tengo|dispongo|cuento)\b [^.\n]*
    | \bno\s+(?:puedo|me\s+es\s+posible)\s+(?:proporcionar|proporcionarte|ayudarte|ayudar\s+con|crear|escribir|generar|redactar|cumplir|completar|ofrecer|facilitar|brindar|incluir|compartir|confirmar|verificar|precisar)\b [^.\n]*
    # French
    | \bje\s+suis\s+d[ée]sol[ée]e?,?\s+mais\s+je\s+ne\b [^.\n]*
    | \bje\s+ne\s+(?:peux|suis\s+pas\s+en\s+mesure\s+de|suis\s+pas\s+capable\s+de)\s+(?:pas\s+)?(?:vous\s+|te\s+)?(?:fournir|cr[ée]er|r[ée]diger|[ée]crire|g[ée]n[ée]rer|aider|r[ée]pondre|accomplir|satisfaire|donner|produire|inclure|partager|communiquer|confirmer|v[ée]rifier|pr[ée]ciser)\b [^.\n]*
    # German
    | \bes\s+tut\s+mir\s+leid,?\s+aber\s+ich\s+(?:kann|darf|bin)\b [^.\n]*
    | \bich\s+kann\s+(?:dir\s+|ihnen\s+)?(?:leider\s+)?(?:keine[nmrs]?|nicht)\s+(?:\w+\s+){0,5}?(?:erstellen|schreiben|verfassen|bereitstellen|liefern|generieren|helfen|geben|erf[üu]llen|anbieten|machen)\b [^.\n]*
    | \bich\s+bin\s+(?:leider\s+)?nicht\s+in\s+der\s+lage\b [^.\n]*
    # Portuguese
    | \b(?:desculpe|lamento|sinto\s+muito|infelizmente),?\s+mas\s+(?:eu\s+)?n[ãa]o\s+(?:posso|consigo)\b [^.\n]*
    | \bn[ãa]o\s+(?:posso|consigo|sou\s+capaz\s+de)\s+(?:te\s+|lhe\s+)?(?:fornecer|criar|escrever|gerar|redigir|ajudar|atender|cumprir|produzir|incluir|compartilhar|confirmar|verificar)\b [^.\n]*
    # Italian
    | \bmi\s+dispiace,?\s+ma\s+non\s+(?:posso|sono\s+in\s+grado)\b [^.\n]*
    | \bnon\s+(?:posso|sono\s+in\s+grado\s+di)\s+(?:fornire|fornirti|creare|scrivere|generare|redigere|aiutarti|aiutare|soddisfare|produrre|completare|includere|condividere|confermare|verificare)\b [^.\n]*
  )
prefilter: ['\bacc', '\bzugriff', '\bacesso\b', '\bsiento\b', ['\bnot\b', '\bable\b'], ['\bcan\b', '\bnot\b'], '\bsorry', '\bapologi', '\bcannot', '\bcan''t', '\bcan’t', '\bunable', '\bi''m', '\bi’m', '\bwon''t', '\bwon’t', '\bdecline', '\bpolic', '\bpuedo', '\bposible', '\bpeux', '\bmesure', '\bcapable', ['\bje\b', '\bsuis\b'], '\bleid\b', '\bkann\b', '\blage\b', '\bposso', '\bconsigo', '\bcapaz', '\bgrado', '\bdispiace']
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
    - |
      The strike starts on Monday.
      Unfortunately, ↓I don't have access to the union's ballot figures, so the turnout is not given here.
    - |
      La tasa sube un 18 %.
      ↓Lo siento, pero no tengo el acta de la sesión, así que no sé cuántos concejales votaron a favor.
  non_triggering:
    - |
      "I don't have access to my own account any more," said Ruth Fenn, 71, who was locked out in May.
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
# A lead-in, a meta note or a closing offer that speaks to the requester on the same line is
# that defect: this finding gives way to it.
yields: true
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
    | \b(?:from|in|based\s+on|per|as\s+per|using|following|according\s+to)\s+your\s+(?:own\s+|original\s+|initial\s+|earlier\s+|first\s+|full\s+){0,2}(?&material)\b [^.\n]*
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
summary: A content template's field labels ("Title:", "Slug:", "Excerpt:", "Meta description:") open or close the published article.
category: assistant-residue
severity: error
origin: >-
  ../shared/cases/TAXONOMY.md §10 meta_commentary (auto-blog prompts that ban "Title:" and "Meta
  description:" labels); issue 14 capability 1: SEO field labels in the chat envelope (the first
  lines, the headline included, and the last lines), in English, Spanish, French, German, Portuguese and Italian. "Editor's note:",
  "Correction:" and Q&A labels are newsroom labels and stay silent.
message: "Template field label at the top or end of the article: {match}"
scope: envelope
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
    - |
      The harbour festival drew 40,000 people on Saturday.

      Stalls stayed open until midnight.

      Organisers will meet in May to plan next year's event.

      ↓URL slug: harbour-festival-record-crowds
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
# The front matter's title, author and description are published too ("author: [Reporter Name]").
front_matter: true
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
    # A full stop after the slot ends the sentence ("at {{venue_name}}."); one before a word is a
    # file name ("{{slug}}.html").
    | (?<![/="'=]) (?<!\]\() \{\{ \s* [A-Za-z_]\w* \s* \}\} (?![\w/]|\.\w)
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
      Cooking demonstrations run hourly from 11am at ↓{{venue_name}}.
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
    - |
      The page is built from {{slug}}.html at deploy time.

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
  headmaster, headmistress, vicar, bishop, pastor, rabbi, imam, leader,
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
  senator, senatorin, chef, chefin,
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
  elected, preceded, promoted, promotion, nachfolger, nachfolgerin, vorgänger, vorgängerin, successeur,
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

# Offices one person never holds two of at once, one group per line, "a | b | c" (role phrases
# as written, lowercase, without the body: "Detective Sergeant" is "sergeant" once the words of
# `rank_modifiers` are dropped). A person named with two different offices of one line, with no
# succession told, has a title that changed on the way (`TitleChangeRule`): a rank ("Detective
# Sergeant Paula Crewe", later "Detective Inspector Crewe"), or a company's or council's
# executive ("finance director Lena Castell", later "chief operating officer Lena Castell").
# Offices often held together (chair and chief executive, president and chief executive,
# founder and anything) are in no line together.
exclusive_offices: [
  "constable | sergeant | inspector | chief inspector | superintendent | chief superintendent | assistant chief constable | deputy chief constable | chief constable",
  "private | lance corporal | corporal | sergeant | staff sergeant | lieutenant | captain | major | lieutenant colonel | colonel | brigadier | general",
  "chief executive | chief financial officer | chief operating officer | chief technology officer | chief marketing officer | managing director | finance director | operations director | technical director | sales director | marketing director",
  "leader | chief executive",
]
# Words before a rank that name the branch, not the rank ("Detective Sergeant", "Police
# Constable", "Det Insp").
rank_modifiers: [detective, det, police, pc, ds, di]

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

    /// Every file above pre-parsed, by path: its YAML node tree in `ShippedTree`'s form (tests
    /// check each against Yams' reading of the text).
    static let trees: [String: String] = [
        "assistant-residue/ai_self_reference.yml": "M1,1,14:S1,1,p,2:idS1,5,p,17:ai_self_referenceS2,1,p,4:nameS2,7,p,17:AI Self-ReferenceS3,1,p,7:summaryS3,10,p,71:The text identifies itself as an AI model speaking in the first person.S4,1,p,8:categoryS4,11,p,17:assistant-residueS5,1,p,8:severityS5,11,p,5:errorS6,1,p,6:originS6,9,f,310:../shared/cases/TAXONOMY.md §3 ai_self_reference (The Verge 2023; NewsGuard content-farm pages); issue 14 capability 1: \"as an AI\" × a first-person clause, \"I'm just an AI\", in English, Spanish, French, German, Portuguese and Italian. A story about AI models (the noun without the first person) stays silent.S10,1,p,7:messageS10,10,d,41:AI self-reference in the article: {match}S11,1,p,4:skipQ11,7,2:S11,8,p,10:quotationsS11,20,p,4:codeS12,1,p,12:page_residueS12,15,p,4:trueS13,1,p,8:extendedS13,11,p,4:trueS14,1,p,7:patternS14,10,l,3421:(?(DEFINE)\n  (?<ai_en> (?:an?\\s+)?(?:ai|artificial\\s+intelligence)(?:\\s+(?:language\\s+model|assistant|model|chatbot|system|writing\\s+assistant))? | an?\\s+(?:large\\s+)?language\\s+model | an?\\s+(?:virtual|digital)\\s+assistant | a\\s+chatbot )\n  (?<ai_es> (?:un\\s+|una\\s+)?(?:modelo\\s+(?:de\\s+(?:lenguaje|ia|inteligencia\\s+artificial)|ling[üu][íi]stico)|asistente\\s+(?:virtual|de\\s+ia)|ia|inteligencia\\s+artificial)(?:\\s+(?:de|di|da|do|d['’])\\s*(?:ia|ai|la\\s+ia|l['’]ia|inteligencia\\s+artificial|intelligence\\s+artificielle|intelig[êe]ncia\\s+artificial|intelligenza\\s+artificiale|openai|google))? )\n  (?<ai_fr> (?:un\\s+|une\\s+)?(?:mod[eè]le\\s+(?:de\\s+langage|linguistique|d['’]ia|d['’]intelligence\\s+artificielle)|assistant\\s+(?:virtuel|ia|d['’]ia)|ia|intelligence\\s+artificielle)(?:\\s+(?:de|di|da|do|d['’])\\s*(?:ia|ai|la\\s+ia|l['’]ia|inteligencia\\s+artificial|intelligence\\s+artificielle|intelig[êe]ncia\\s+artificial|intelligenza\\s+artificiale|openai|google))? )\n  (?<ai_de> (?:eine?\\s+)?(?:ki|k[üu]nstliche\\s+intelligenz|(?:ki-)?sprachmodell|ki-assistent(?:in)?|chatbot) )\n  (?<ai_pt> (?:um\\s+|uma\\s+)?(?:modelo\\s+(?:de\\s+(?:linguagem|ia|intelig[êe]ncia\\s+artificial)|lingu[íi]stico)|assistente\\s+(?:virtual|de\\s+ia)|ia|intelig[êe]ncia\\s+artificial)(?:\\s+(?:de|di|da|do|d['’])\\s*(?:ia|ai|la\\s+ia|l['’]ia|inteligencia\\s+artificial|intelligence\\s+artificielle|intelig[êe]ncia\\s+artificial|intelligenza\\s+artificiale|openai|google))? )\n  (?<ai_it> (?:un\\s+|una\\s+|un['’])?(?:modello\\s+(?:(?:di|del)\\s+linguaggio|linguistico|di\\s+(?:ia|intelligenza\\s+artificiale))|assistente\\s+(?:virtuale|ia|ai)|ia|intelligenza\\s+artificiale)(?:\\s+(?:de|di|da|do|d['’])\\s*(?:ia|ai|la\\s+ia|l['’]ia|inteligencia\\s+artificial|intelligence\\s+artificielle|intelig[êe]ncia\\s+artificial|intelligenza\\s+artificiale|openai|google))? )\n)\n(?: \\bas\\s+(?&ai_en)(?:\\s+(?:developed|created|trained|built|made)\\s+by\\s+[\\w.-]+)?,?\\s+i\\b\n  | \\bi(?:['’]m|\\s+am)\\s+(?:just\\s+|only\\s+|merely\\s+|simply\\s+)?(?&ai_en)\\b\n  | \\bi\\s+(?:don['’]t|do\\s+not)\\s+have\\s+(?:personal\\s+)?(?:opinions|feelings|emotions|beliefs|preferences|personal\\s+experiences)\\b\n  | (?:^|(?<=[.!?:,])|(?<=[.!?:,]\\s))como\\s+(?&ai_es),?\\s+(?:yo\\s+)?(?:no|puedo|tengo|debo|carezco|soy)\\b\n  | \\bsoy\\s+(?:solo\\s+|s[oó]lo\\s+|simplemente\\s+)?(?:un\\s+|una\\s+)(?:modelo\\s+de\\s+lenguaje|asistente\\s+(?:virtual|de\\s+ia)|ia|inteligencia\\s+artificial)\\b\n  | \\ben\\s+tant\\s+qu(?:e\\s+|['’]\\s*)(?&ai_fr),?\\s+(?:je|j['’])\n  | \\bje\\s+(?:suis|ne\\s+suis\\s+qu['’])\\s*(?:(?:simplement|seulement)\\s+)?(?:un\\s+|une\\s+)(?:mod[eè]le\\s+de\\s+langage|assistant\\s+(?:virtuel|ia|d['’]ia)|ia|intelligence\\s+artificielle)\\b\n  | \\bals\\s+(?&ai_de),?\\s+(?:habe|kann|bin|besitze|verf[üu]ge|darf|m[öo]chte)\\s+ich\\b\n  | \\bich\\s+bin\\s+(?:nur\\s+|lediglich\\s+|bloß\\s+)?(?:eine\\s+ki|ein\\s+(?:ki-)?sprachmodell|ein\\s+ki-assistent|eine\\s+k[üu]nstliche\\s+intelligenz)\\b\n  | (?:^|(?<=[.!?:,])|(?<=[.!?:,]\\s))como\\s+(?&ai_pt),?\\s+(?:eu\\s+)?(?:n[ãa]o|posso|tenho|sou|devo)\\b\n  | \\bsou\\s+(?:apenas\\s+|s[óo]\\s+)?(?:um\\s+|uma\\s+)(?:modelo\\s+de\\s+linguagem|assistente\\s+(?:virtual|de\\s+ia)|ia|intelig[êe]ncia\\s+artificial)\\b\n  | (?:^|(?<=[.!?:,])\\s*)come\\s+(?&ai_it),?\\s+(?:io\\s+)?(?:non|posso|ho|sono|devo)\\b\n  | \\bsono\\s+(?:solo\\s+|soltanto\\s+|semplicemente\\s+)?(?:un\\s+|un['’]\\s*)(?:modello\\s+(?:di|del)\\s+linguaggio|assistente\\s+(?:virtuale|ia|ai)|ia|intelligenza\\s+artificiale)\\b\n)\nS37,1,p,9:prefilterQ37,12,24:S37,13,s,6:\\bai\\bS37,23,s,6:\\bia\\bS37,33,s,6:\\bki\\bS37,43,s,5:\\bki-S37,52,s,10:\\blanguageS37,66,s,9:\\blangageS37,79,s,10:\\blenguajeS37,93,s,11:\\blinguagemS37,108,s,12:\\blinguaggioS37,124,s,14:\\bsprachmodellS37,142,s,11:\\bassistantS37,157,s,11:\\basistenteS37,172,s,12:\\bassistenteS37,188,s,12:\\bintelligenS37,204,s,9:\\binteligS37,217,s,9:\\bchatbotS37,230,s,5:\\bmodS37,239,s,10:\\bopinionsS37,253,s,10:\\bfeelingsS37,267,s,10:\\bemotionsS37,281,s,9:\\bbeliefsS37,294,s,13:\\bpreferencesS37,311,s,13:\\bexperiencesS37,328,s,12:\\bartificialS38,1,p,6:startsQ38,9,19:S38,10,s,1:^S38,15,s,4:\\basS38,23,s,4:\\bi'S38,32,s,6:\\bi’S38,40,s,5:\\bi\\sS38,49,s,5:\\bcomS38,58,s,5:\\bsoyS38,67,s,4:\\benS38,75,s,4:\\bjeS38,83,s,5:\\balsS38,92,s,5:\\bichS38,101,s,5:\\bsouS38,110,s,6:\\bsonoS38,120,s,3:.\\sS38,127,s,3:!\\sS38,134,s,3:?\\sS38,141,s,3::\\sS38,148,s,3:,\\sS38,155,s,2:,cS39,1,p,8:examplesM40,3,2:S40,3,p,10:triggeringQ41,5,8:S41,7,l,106:The kettle boils a litre in four minutes.\n↓As an AI language model, I have not used this kettle myself.\nS44,7,l,72:↓I'm an AI assistant and don't have personal experience of the hotel.\nS46,7,l,46:↓I'm just an AI, so I can't taste the wine.\nS48,7,l,74:↓Como modelo de lenguaje, no tengo acceso a los datos del ayuntamiento.\nS50,7,l,57:↓En tant qu'IA, je ne peux pas vérifier ces chiffres.\nS52,7,l,58:↓Als KI habe ich keinen Zugang zu den Polizeiberichten.\nS54,7,l,61:↓Como modelo de linguagem, não tenho acesso aos boletins.\nS56,7,l,60:↓Come modello di linguaggio, non posso confermare i dati.\nS58,3,p,14:non_triggeringQ59,5,4:S59,7,l,108:The company released an AI language model that writes news summaries.\nCritics said the model invents facts.\nS62,7,l,85:The message read \"As an AI language model, I cannot help with that\", users reported.\nS64,7,l,71:The phrase 'as an AI language model' has turned up in product reviews.\nS66,7,l,76:La empresa presentó lo que describe como una IA capaz de resumir noticias.\n",
        "assistant-residue/assistant_apology.yml": "M1,1,14:S1,1,p,2:idS1,5,p,17:assistant_apologyS2,1,p,4:nameS2,7,p,17:Assistant ApologyS3,1,p,7:summaryS3,10,p,137:A chat reply's apology to the requester for its own earlier turn (\"I apologize for the confusion earlier\") is published with the article.S4,1,p,8:categoryS4,11,p,17:assistant-residueS5,1,p,8:severityS5,11,p,5:errorS6,1,p,6:repairS6,9,p,8:sentenceS7,1,p,6:originS7,9,f,394:issue 14 capability 1 (apology openers of the chat envelope); ../shared/cases/TAXONOMY.md §4 refusal and cross-cutting rule 4 (first person singular speaking to the requester): apology × confusion or oversight noun, or \"you're right\" × a correction, with word lists for English, Spanish, French, German, Portuguese and Italian. A newsroom's \"We apologise for any inconvenience\" stays silent.S12,1,p,7:messageS12,10,d,70:Assistant apology to the requester published with the article: {match}S13,1,p,4:skipQ13,7,2:S13,8,p,10:quotationsS13,20,p,4:codeS14,1,p,8:extendedS14,11,p,4:trueS15,1,p,7:patternS15,10,l,1557:(?(DEFINE)\n  (?<slip> confusion|oversight|misunderstanding|error|mistake|omission|mix-up|inaccuracy|inconsistency)\n)\n(?: \\b(?:i\\s+(?:sincerely\\s+)?apologi[sz]e|(?:my\\s+)?(?:sincere\\s+)?apologies|sorry)\\s+(?:for|about)\\s+(?:the|any|my|that|this)\\s+(?:\\w+\\s+)?(?&slip)s?\\b [^.\\n]*\n  | \\b(?:you['’]re|you\\s+are)\\s+(?:absolutely\\s+|completely\\s+|quite\\s+)?right[!,.]\\s+(?:i|my|thank|thanks|sorry)\\b [^.\\n]*\n  | \\bthank(?:s|\\s+you)\\s+for\\s+(?:pointing\\s+(?:that|this)\\s+out|catching\\s+(?:that|this|the))\\b [^.\\n]*\n  # Spanish\n  | \\b(?:pido\\s+disculpas|mis\\s+disculpas|disculpa|disculpe|perd[oó]n|lo\\s+siento)\\s+por\\s+(?:la|el|cualquier|esta|este|mi)\\s+(?:confusi[oó]n|error|malentendido|omisi[oó]n|descuido)\\b [^.\\n]*\n  # French\n  | \\b(?:je\\s+m['’]excuse|je\\s+vous\\s+prie\\s+de\\s+m['’]excuser|(?:toutes\\s+)?mes\\s+excuses|d[ée]sol[ée]e?)\\s+pour\\s+(?:la|l['’]|cette|toute|mon|ma)\\s*(?:confusion|erreur|malentendu|oubli|omission)\\b [^.\\n]*\n  # German\n  | \\b(?:ich\\s+entschuldige\\s+mich|entschuldigung|entschuldige|es\\s+tut\\s+mir\\s+leid)\\s+f[üu]r\\s+(?:die|das|den|meinen|meine|mein)\\s+(?:verwirrung|missverst[äa]ndnis|fehler|versehen)\\b [^.\\n]*\n  # Portuguese\n  | \\b(?:pe[çc]o\\s+desculpas|minhas\\s+desculpas|desculpe|desculpa|perd[ãa]o)\\s+(?:pela|pelo|por\\s+qualquer)\\s+(?:confus[ãa]o|erro|mal-entendido|omiss[ãa]o|descuido)\\b [^.\\n]*\n  # Italian\n  | \\b(?:mi\\s+scuso|chiedo\\s+scusa|scusa(?:mi)?|scusate|mi\\s+dispiace)\\s+per\\s+(?:la|il|l['’]|lo|questa|questo|qualsiasi|ogni)\\s*(?:confusione|errore|equivoco|malinteso|svista|omissione)\\b [^.\\n]*\n)\nS33,1,p,9:prefilterQ33,12,28:S33,13,s,8:\\bconfusS33,25,s,11:\\boversightS33,40,s,18:\\bmisunderstandingS33,62,s,7:\\berrorS33,73,s,9:\\bmistakeS33,86,s,10:\\bomissionS33,100,s,8:\\bmix-upS33,112,s,11:\\binaccuracS33,127,s,14:\\binconsistencS33,145,s,9:\\bright\\bS33,158,s,10:\\bpointingS33,172,s,10:\\bcatchingS33,186,s,14:\\bmalentendidoS33,204,s,7:\\bomisiS33,215,s,10:\\bdescuidoS33,229,s,8:\\berreurS33,241,s,12:\\bmalentenduS33,257,s,7:\\boubliS33,268,s,12:\\bverwirrungS33,284,s,11:\\bmissverstS33,299,s,8:\\bfehlerS33,311,s,10:\\bversehenS33,325,s,8:\\berro\\bS33,337,s,15:\\bmal-entendidoS33,356,s,7:\\bomissS33,367,s,10:\\bequivocoS33,381,s,11:\\bmalintesoS33,396,s,8:\\bsvistaS34,1,p,6:startsQ34,9,25:S34,10,s,5:\\bi\\sS34,19,s,4:\\bmyS34,27,s,9:\\bsincereS34,40,s,11:\\bapologiesS34,55,s,7:\\bsorryS34,66,s,5:\\byouS34,75,s,7:\\bthankS34,86,s,6:\\bpidoS34,96,s,5:\\bmisS34,105,s,9:\\bdisculpS34,118,s,6:\\bperdS34,128,s,4:\\bloS34,136,s,4:\\bjeS34,144,s,8:\\btoutesS34,156,s,5:\\bmesS34,165,s,5:\\bdesS34,174,s,5:\\bd\\uS34,183,s,5:\\bichS34,192,s,13:\\bentschuldigS34,209,s,4:\\besS34,217,s,4:\\bpeS34,225,s,8:\\bminhasS34,237,s,4:\\bmiS34,245,s,8:\\bchiedoS34,257,s,6:\\bscusS35,1,p,8:examplesM36,3,2:S36,3,p,10:triggeringQ37,5,7:S37,7,l,100:↓I apologize for the confusion earlier. The corrected figures are below.\n\nTurnout was 41 percent.\nS41,7,l,62:↓You're absolutely right, I mixed up the two council wards.\nS43,7,l,56:↓Pido disculpas por el error en la cifra de votantes.\nS45,7,l,61:↓Je m'excuse pour la confusion concernant la date du vote.\nS47,7,l,54:↓Entschuldigung für die Verwirrung bei den Zahlen.\nS49,7,l,51:↓Peço desculpas pela confusão com os números.\nS51,7,l,37:↓Mi scuso per l'errore nella data.\nS53,3,p,14:non_triggeringQ54,5,3:S54,7,l,92:We apologise for any inconvenience caused by the closure, the operator said in a statement.\nS56,7,l,59:\"I apologize for the confusion,\" the mayor told reporters.\nS58,7,l,79:An earlier version of this article misstated the turnout. We regret the error.\n",
        "assistant-residue/assistant_closing_offer.yml": "M1,1,16:S1,1,p,2:idS1,5,p,23:assistant_closing_offerS2,1,p,4:nameS2,7,p,23:Assistant Closing OfferS3,1,p,7:summaryS3,10,p,120:A chat reply's closing turn (an offer of more work, a question to the requester, a hope that it helps) ends the article.S4,1,p,8:categoryS4,11,p,17:assistant-residueS5,1,p,8:severityS5,11,p,5:errorS6,1,p,6:repairS6,9,p,8:sentenceS7,1,p,6:originS7,9,f,472:../shared/cases/TAXONOMY.md §2 closing_offer (Dawn newspaper, Nov 2025; Wikipedia \"communication intended for the user\"; vale-ai-tells ClosingPleasantries.yml); issue 14 capability 1: the last lines of the chat envelope as a grammar (first-person singular offer verb × the requester, \"let me know\" × condition, hope × \"this helps\"), with word lists for English, Spanish, French, German, Portuguese and Italian. First-person plural newsroom calls to action stay silent.S13,1,p,7:messageS13,10,d,67:Assistant offer to the requester at the end of the article: {match}S14,1,p,5:scopeS14,8,p,10:last_linesS15,1,p,5:linesS15,8,p,1:3S16,1,p,4:skipQ16,7,2:S16,8,p,10:quotationsS16,20,p,4:codeS17,1,p,12:page_residueS17,15,p,4:trueS18,1,p,8:extendedS18,11,p,4:trueS19,1,p,7:patternS19,10,l,7073:(?(DEFINE)\n  (?<work> write|create|make|turn|draft|prepare|expand|shorten|rewrite|add|produce|adjust|tweak|revise|change|translate|include\n         |format|tailor|provide|generate|summari[sz]e|condense|convert|polish|update|put\\s+together|suggest|pull\\s+together|edit|trim|swap|craft|compile|build)\n  (?<ask> let\\s+me\\s+know | av[ií]same | d[ií]me | h[aá]zmelo\\s+saber | ind[ií]came | d[ée]jame\\s+saber | h[aá]game\\s+saber\n        | n['’]h[ée]site[zs]?\\s+pas\\s+[àa]\\s+me | (?:dites|dis)-moi | (?:faites|fais)-moi\\s+savoir\n        | (?:lass|lasst|lassen\\s+sie)\\s+mich\\s+wissen | sag(?:en\\s+sie|t)?\\s+(?:mir\\s+)?(?:einfach\\s+|gerne\\s+)?bescheid\n        | me\\s+avise | avise-me | me\\s+diga | diga-me | me\\s+fale | me\\s+informe | fammi\\s+sapere | fatemi\\s+sapere | mi\\s+faccia\\s+sapere )\n  (?<more> you(?:['’]d|\\s+would)?\\s+(?:like|want|prefer|need) | (?:any|some|further)\\s+(?:changes|tweaks|edits|adjustments|revisions) | i\\s+(?:should|can|could)\n        | quieres|quiere|prefieres|prefiere|necesitas|deseas|desea|te\\s+gustar[ií]a|cambios|ajustes|modificaciones|puedo\n        | voulez|souhaitez|pr[ée]f[ée]rez|veux|souhaites|d[ée]sirez|modifications|ajustements|changements|je\\s+peux|je\\s+dois\n        | m[öo]chtest|m[öo]chten|w[üu]nschst|w[üu]nschen|brauchst|brauchen|willst|[äa]nderungen|anpassen|[äa]ndern|erg[äa]nzen|soll|kann\\s+ich\n        | quiser|preferir|precisar|desejar|quer|altera[çc][õo]es|mudan[çc]as|posso|devo\n        | vuoi|preferisci|desideri|hai\\s+bisogno|volete|modifiche|aggiunga|cambi|devo )\n  (?<offer>\n      # English: an offer or question proposing more work, a hope that it helps.\n      \\b(?:would|do)\\s+you\\s+(?:like|want|prefer)\\s+(?:me\\s+to|(?:a|an)\\s+(?:[\\w-]+\\s+){0,3}?(?:version|draft|summary|rewrite|sidebar|table|list|headline|box))\\b\n    | \\bwant\\s+me\\s+to\\b | \\bshall\\s+i\\s+(?:also\\s+)?(?&work)\\b | \\bshould\\s+i\\s+(?:also\\s+)?(?&work)\\b\n    | \\bif\\s+you(?:['’]d|\\s+would)?\\s+(?:like|want|prefer|need)(?:\\s+\\w+){0,4}?,?\\s+i\\s+(?:can|could|will|['’]ll|['’]d\\s+be\\s+happy|am\\s+happy|['’]m\\s+happy)\\b\n    | \\bi\\s+(?:can|could)\\s+also\\s+(?&work)\\b | \\bi\\s+(?:can|could)\\s+(?&work)\\s+(?:it|this|that|the\\s+\\w+|a|an|one|more|some)\\b[^\\n]*?\\b(?:if|for\\s+you|should\\s+you)\\b\n    | \\bi['’]d\\s+be\\s+(?:happy|glad)\\s+to\\b | (?:\\bi(?:['’]m|\\s+am)\\s+|(?:^|(?<=[.!?]\\s)|(?<=\\x{2028})|(?<=[—–-]\\s))[ \\t]*)(?:happy|glad)\\s+to\\s+(?:help|adjust|tweak|revise|expand|shorten|change|make|add|rework)\\b\n    | \\bi\\s+hope\\s+(?:this|that|the\\s+\\w+|it|these)\\s+(?:\\w+\\s+){0,2}?(?:helps?|meets|works|is\\s+(?:helpful|useful|what)|fits|serves|suits|covers|gives)\\b\n    | (?:^|(?<=[.!?]\\s)|(?<=\\x{2028})) [ \\t]* hope\\s+(?:this|that|it)\\s+(?:helps|works|fits|does\\s+the\\s+(?:job|trick)|is\\s+(?:useful|helpful|what\\s+you))\\b\n    # The requester's wish first, the ask after: \"If you need a shorter version, just let me know\".\n    | \\bif\\s+you(?:['’]d|\\s+would)?\\s+(?:need|want|like|prefer)\\b [^\\n]{0,120}? (?&ask)\n    # \"If it's useful, I can turn the table into a chart.\"\n    | \\bif\\s+(?:it['’]s|it\\s+is|that['’]s|that\\s+is|it\\s+would\\s+be|it['’]d\\s+be|that\\s+would\\s+be)\\s+(?:useful|helpful|handy|of\\s+use|easier),?\\s+i\\s+(?:can|could|['’]d\\s+be\\s+happy\\s+to|am\\s+happy\\s+to)\\b\n    | \\b(?:feel\\s+free|don['’]t\\s+hesitate|do\\s+not\\s+hesitate)\\s+to\\s+(?:ask\\s+me|let\\s+me\\s+know|tell\\s+me|reach\\s+out\\s+to\\s+me|ask\\s+if\\s+you)\\b\n    # An imperative asking the requester to say what more to do: \"let me know if you'd like\",\n    # \"fammi sapere se vuoi\", \"sagen Sie Bescheid, wenn ich … anpassen soll\".\n    | (?&ask) [^\\n]{0,80}? \\b(?&more)\n    | \\banything\\s+else\\s+(?:i\\s+can|you['’]d\\s+like|you\\s+would\\s+like|you\\s+need)\\b | \\bjust\\s+say\\s+the\\s+word\\b\n    | \\b(?:need|want)\\s+(?:a|an|any)\\s+(?:[\\w-]+\\s+){0,3}?(?:version|changes|tweaks|adjustments|edits|revisions)\\b[^\\n]*\\?\n    # Spanish\n    | \\bespero\\s+que\\s+(?:(?:esto|este\\s+\\w+|esta\\s+\\w+|el\\s+\\w+|la\\s+\\w+)\\s+)?(?:te\\s+|le\\s+|les\\s+|os\\s+)?(?:sirva|ayude|resulte|guste|sea\\s+(?:[úu]til|de\\s+ayuda)|encaje)\n    | (?:¿\\s*)?\\b(?:quieres|quiere|querr[ií]as|te\\s+gustar[ií]a|le\\s+gustar[ií]a|deseas|desea|prefieres)\\s+que\\s+(?:te\\s+|le\\s+)?(?:\\w+\\s+){0,2}?(?:haga|prepare|escriba|redacte|cree|ajuste|a[ñn]ada|agregue|resuma|traduzca|convierta|ampl[íi]e|acorte|modifique|cambie|genere|incluya)\\b\n    | \\bsi\\s+(?:quieres|lo\\s+deseas|deseas|prefieres|lo\\s+prefieres|te\\s+parece|lo\\s+necesitas|necesitas|gustas),?\\s+(?:tambi[eé]n\\s+)?(?:puedo|podr[ií]a)\\b\n    | \\bno\\s+dudes\\s+en\\s+(?:ped[ií]rmel[oa]s?|pedirme|dec[ií]rmelo|decirme|preguntarme|preguntar|contactarme|consultarme|escribirme)\\b\n    | \\b(?:estoy|quedo)\\s+a\\s+tu\\s+disposici[oó]n\\b\n    # French\n    | \\bj['’]esp[eè]re\\s+que\\s+(?:cela|ceci|ce\\s+\\w+|cet\\s+\\w+|cette\\s+\\w+|[çc]a)\\s+(?:vous\\s+|te\\s+)?(?:aide|aidera|convient|conviendra|sera\\s+utile|r[ée]pond|correspond|pla[iî]t|plaira)\n    | \\b(?:souhaitez|voulez|aimeriez|voudriez|pr[ée]f[ée]rez)-vous\\s+que\\s+je\\b | \\b(?:veux|voudrais|souhaites|aimerais|pr[ée]f[eè]res)-tu\\s+que\\s+je\\b\n    | \\bsi\\s+(?:vous|tu)\\s+(?:le\\s+)?(?:souhaitez|voulez|pr[ée]f[ée]rez|veux|souhaites|pr[ée]f[eè]res),?\\s+je\\s+(?:peux|pourrais|vous|te)\\b\n    | \\bje\\s+(?:peux|pourrais)\\s+(?:aussi|[ée]galement)\\s+(?:vous\\s+|te\\s+)?(?:proposer|r[ée]diger|pr[ée]parer|cr[ée]er|faire|adapter|ajouter|raccourcir)\n    | \\bje\\s+reste\\s+[àa]\\s+(?:votre|ta)\\s+disposition\\b\n    # German\n    | \\bich\\s+hoffe,?\\s+(?:das|dies|der\\s+\\w+|die\\s+\\w+|das\\s+\\w+)\\s+(?:\\w+\\s+)?(?:hilft|ist\\s+hilfreich|entspricht|passt|gef[äa]llt|erf[üu]llt)\n    | \\b(?:soll|sollte)\\s+ich\\s+(?:\\w+\\s+){0,8}?(?:erstellen|schreiben|verfassen|k[üu]rzen|erweitern|anpassen|[üu]berarbeiten|[üu]bersetzen|erg[äa]nzen|formulieren|hinzuf[üu]gen)\\b\n    | \\bm[öo]chtest\\s+du,?\\s+dass\\s+ich\\b | \\bm[öo]chten\\s+sie,?\\s+dass\\s+ich\\b\n    | \\b(?:wenn|falls)\\s+(?:du|sie)\\s+(?:\\w+\\s+){0,4}?(?:m[öo]chtest|m[öo]chten|willst|w[üu]nschst|w[üu]nschen|brauchst|brauchen),?\\s+kann\\s+ich\\b\n    | \\bich\\s+kann\\s+(?:dir|ihnen)\\s+(?:auch|gerne|gern)\\b\n    # Portuguese\n    | \\bespero\\s+que\\s+(?:(?:isso|isto|este\\s+\\w+|esta\\s+\\w+|o\\s+\\w+|a\\s+\\w+)\\s+)?(?:te\\s+|lhe\\s+)?(?:ajude|seja\\s+[úu]til|atenda|sirva|agrade)\n    | \\b(?:quer|gostaria|deseja|prefere)\\s+que\\s+eu\\b | \\bse\\s+(?:quiser|preferir|desejar|precisar),?\\s+(?:eu\\s+)?(?:tamb[ée]m\\s+)?(?:posso|poderia)\\b\n    | \\b(?:fico|estou)\\s+[àa]\\s+disposi[çc][ãa]o\\b | \\bn[ãa]o\\s+hesite\\s+em\\s+(?:me|pedir|perguntar)\\b\n    # Italian\n    | \\bspero\\s+che\\s+(?:(?:questo|questa|ci[òo]|il\\s+\\w+|l['’]\\w+|la\\s+\\w+)\\s+)?(?:ti\\s+|le\\s+|vi\\s+)?(?:sia\\s+utile|aiuti|vada\\s+bene|piaccia|soddisfi)\n    | \\b(?:vuoi|vorresti|desideri|preferisci|volete)\\s+che\\s+(?:io\\s+)?(?:\\w+\\s+){0,2}?(?:prepari|scriva|crei|modifichi|aggiunga|riassuma|traduca|ampli|accorci|rediga|faccia|renda|trasformi|inserisca|includa)\\b\n    | \\bse\\s+(?:vuoi|preferisci|desideri|ti\\s+serve|hai\\s+bisogno),?\\s+(?:posso|potrei)\\b\n    | \\b(?:resto|sono)\\s+a\\s+(?:tua|sua|vostra)\\s+disposizione\\b | \\bnon\\s+esitare\\s+a\\s+(?:chiedere|chiedermi|contattarmi|farmi)\\b\n  )\n)\n(?&offer) [^\\n]*\nS82,1,p,9:prefilterQ82,12,81:S82,13,s,5:\\byouS82,22,s,6:\\bwantS82,32,s,7:\\bshallS82,43,s,8:\\bshouldS82,55,s,5:\\bcanS82,64,s,7:\\bcouldS82,75,s,7:\\bhappyS82,86,s,6:\\bgladS82,96,s,6:\\bhopeS82,106,s,6:\\bfreeS82,116,s,10:\\bhesitateS82,130,s,8:\\bchangeS82,142,s,8:\\btweaksS82,154,s,7:\\beditsS82,165,s,8:\\badjustS82,177,s,11:\\brevisionsS82,192,s,10:\\banythingS82,206,s,6:\\bwordS82,216,s,9:\\bversionS82,229,s,7:\\bquierS82,240,s,7:\\bquerrS82,251,s,6:\\bprefS82,261,s,9:\\bnecesitS82,274,s,6:\\bdeseS82,284,s,7:\\bdesejS82,295,s,8:\\bgustarS82,307,s,8:\\bgustasS82,319,s,8:\\bpareceS82,331,s,7:\\bcambiS82,342,s,7:\\bajustS82,353,s,9:\\bmodificS82,366,s,7:\\bpuedoS82,377,s,7:\\bdudesS82,388,s,9:\\bdisposiS82,401,s,8:\\besperoS82,413,s,8:\\bvoulezS82,425,s,9:\\bsouhaitS82,438,s,5:\\brezS82,447,s,7:\\bferezS82,458,s,6:\\bveuxS82,468,s,7:\\bdesirS82,479,s,7:\\bsirezS82,490,s,6:\\bpeuxS82,500,s,6:\\bdoisS82,510,s,4:\\bjeS82,518,s,4:\\bj'S82,527,s,6:\\bj’S82,535,s,5:\\bichS82,544,s,8:\\bmochteS82,556,s,6:\\bchteS82,566,s,8:\\bwunschS82,578,s,6:\\bnschS82,588,s,8:\\bbrauchS82,600,s,8:\\bwillstS82,612,s,10:\\banderungS82,626,s,9:\\bnderungS82,639,s,8:\\bandernS82,651,s,7:\\bndernS82,662,s,10:\\banpassenS82,676,s,5:\\bergS82,685,s,6:\\bsollS82,695,s,6:\\bkannS82,705,s,6:\\bquisS82,715,s,8:\\bprecisS82,727,s,6:\\bquerS82,737,s,8:\\balteraS82,749,s,7:\\bmudanS82,760,s,7:\\bpossoS82,771,s,9:\\bpoderiaS82,784,s,6:\\bdevoS82,794,s,4:\\beuS82,802,s,8:\\bhesiteS82,814,s,6:\\bvuoiS82,824,s,9:\\bdesiderS82,837,s,9:\\bbisognoS82,850,s,8:\\bvoleteS82,862,s,10:\\baggiungaS82,876,s,7:\\bsperoS82,887,s,5:\\bcheS82,896,s,8:\\bpotreiS82,908,s,9:\\besitareS83,1,p,8:examplesM84,3,2:S84,3,p,10:triggeringQ85,5,8:S85,7,l,199:New car registrations rose 14 percent in October.\nCompact hatchbacks accounted for more than half of the increase.\n↓Want me to turn this into a shorter version for social media? Just say the word.\nS89,7,l,106:The bakery was named the best in the region.\n↓I hope this helps! Let me know if you'd like any changes.\nS92,7,l,96:The bridge reopens on Monday.\n↓If you need it, I can also draft a version for the newsletter.\nS95,7,l,103:El puente reabre el lunes.\n↓Espero que te sirva. Si quieres, puedo preparar una versión más corta.\nS98,7,l,85:Le pont rouvre lundi.\n↓N'hésitez pas à me dire si vous souhaitez un autre titre.\nS101,7,l,109:Die Brücke wird am Montag wieder geöffnet.\n↓Soll ich noch einen Infokasten zu den Umleitungen erstellen?\nS104,7,l,90:A ponte reabre na segunda-feira.\n↓Se quiser, posso incluir uma tabela com os horários.\nS107,7,l,74:Il ponte riapre lunedì.\n↓Fammi sapere se preferisci un titolo diverso.\nS110,3,p,14:non_triggeringQ111,5,7:S111,7,l,82:The festival ends on Sunday.\nLet us know what you thought of this year's line-up.\nS114,7,l,93:The helpline is open all night.\n\"If you want, I can drive you home,\" the volunteer told her.\nS117,7,l,155:Would you like me to drive? the driver asked, in a scene from the play.\nThe play runs until June.\nTickets cost 20 euros.\nThe theatre is closed on Mondays.\nS122,7,l,63:He was, shall I call it, a reserved man.\nThe novel ends there.\nS125,7,l,93:Le festival se termine dimanche.\nN'hésitez pas à nous écrire pour partager vos souvenirs.\nS128,7,l,77:Das Festival endet am Sonntag.\nSchreiben Sie uns, wie es Ihnen gefallen hat.\nS131,7,l,61:Il festival finisce domenica.\nFateci sapere cosa ne pensate.\n",
        "assistant-residue/assistant_meta_note.yml": "M1,1,14:S1,1,p,2:idS1,5,p,19:assistant_meta_noteS2,1,p,4:nameS2,7,p,19:Assistant Meta NoteS3,1,p,7:summaryS3,10,p,87:The model's notes about its own edits, or a template's SEO field labels, are published.S4,1,p,8:categoryS4,11,p,17:assistant-residueS5,1,p,8:severityS5,11,p,5:errorS6,1,p,6:repairS6,9,p,8:sentenceS7,1,p,6:originS7,9,f,143:../shared/cases/TAXONOMY.md §10 meta_commentary (WordPress/ai#398; tomcounsell/ai#106; auto-blog prompts that ban \"Meta description:\" labels).S10,1,p,7:messageS10,10,d,57:Note to the requester published with the article: {match}S11,1,p,4:skipQ11,7,2:S11,8,p,10:quotationsS11,20,p,4:codeS12,1,p,8:extendedS12,11,p,4:trueS13,1,p,7:patternS13,10,l,2013:(?: (?:^|(?<=\\x{2028}))[ \\t]* (?:here\\s+are\\s+)?(?:the\\s+)?(?:key\\s+|main\\s+)?(?:changes|edits|revisions|updates|tweaks)\\s+i(?:['’]ve|\\s+have)?\\s+made\\b [^\\n]*\n  | (?:^|(?<=\\x{2028}))[ \\t]* (?:\\*\\*)?(?:note|n\\.b\\.|nota|remarque|hinweis|anmerkung)(?:\\*\\*)?\\s*:\\s*(?:\\*\\*)?\\s*(?:i(?:['’]ve|\\s+have|['’]ll|\\s+used|\\s+kept|\\s+assumed|\\s+left|\\s+rounded|\\s+added|\\s+changed|\\s+removed)|he\\s|j['’]ai\\s|ich\\s+habe\\s|eu\\s|ho\\s) [^\\n]*\n  | (?:^|(?<=\\x{2028}))[ \\t]* (?:meta\\s+description|seo\\s+title|focus\\s+keyword|focus\\s+keyphrase|url\\s+slug|meta[-\\s]?descripci[oó]n|m[ée]ta[-\\s]?description|meta[-\\s]?beschreibung|meta[-\\s]?descri[çc][ãa]o|meta[-\\s]?descrizione) [ \\t]* : [^\\n]*\n  | \\(\\s*(?:approx(?:imately|\\.)?\\s+|about\\s+|~\\s*)?(?:word\\s+count|words|recuento\\s+de\\s+palabras|palabras|nombre\\s+de\\s+mots|mots|wortanzahl|anzahl\\s+der\\s+w[öo]rter|contagem\\s+de\\s+palavras|palavras|conteggio\\s+(?:delle\\s+)?parole|parole)\\s*:\\s*~?\\d[\\d,.]*(?:\\s*[—–;,-]\\s*[^)\\n]{0,160})?\\s*\\)\n  | (?:^|(?<=\\x{2028}))[ \\t]* (?:word\\s+count|recuento\\s+de\\s+palabras|nombre\\s+de\\s+mots|wortanzahl|contagem\\s+de\\s+palavras|conteggio\\s+(?:delle\\s+)?parole)\\s*:\\s*~?\\d[\\d,.]*\\s*$\n  | (?:^|(?<=\\x{2028}))[ \\t]* i(?:['’]ve|\\s+have)\\s+(?:rewritten|shortened|revised|edited|tightened|restructured|condensed|reworded|used\\s+placeholders|left\\s+placeholders)\\b [^\\n]*\n  # Verbs a columnist also uses (\"I have kept bees …\") only with the text as their object.\n  | (?:^|(?<=\\x{2028}))[ \\t]* i(?:['’]ve|\\s+have)\\s+(?:kept|removed|adjusted|rounded|expanded|added|assumed)\\b\n      (?=[^\\n]*\\b(?:the|this|your|all|both|its)\\s+(?:\\w+\\s+)?(?:article|draft|text|story|piece|quotes?|figures?|numbers?|headline|section|paragraphs?|intro|tone|word\\s+count|table|placeholders?|brief|notes|details|length)\\b) [^\\n]*\n  | (?:^|(?<=\\x{2028}))[ \\t]* this\\s+(?:version|rewrite|draft|revision|summary|rewritten\\s+version|edit)\\s+(?:keeps|retains|maintains|preserves|removes|focuses|condenses|expands|tightens|shortens|uses|adds|cuts)\\b [^\\n]*\n)\nS25,1,p,9:prefilterQ25,12,36:Q25,13,2:S25,14,s,11:\\bchanges\\bS25,29,s,8:\\bmade\\bQ25,42,2:S25,43,s,9:\\bedits\\bS25,56,s,8:\\bmade\\bQ25,69,2:S25,70,s,13:\\brevisions\\bS25,87,s,8:\\bmade\\bQ25,100,2:S25,101,s,11:\\bupdates\\bS25,116,s,8:\\bmade\\bQ25,129,2:S25,130,s,10:\\btweaks\\bS25,144,s,8:\\bmade\\bS25,157,s,5:^noteS25,166,s,5:^n.b.S25,175,s,5:^notaS25,184,s,9:^remarqueS25,197,s,8:^hinweisS25,209,s,10:^anmerkungS25,223,s,3:^**S25,230,s,5:^metaS25,239,s,2:^mS25,245,s,4:^seoS25,253,s,6:^focusS25,263,s,4:^urlS25,271,s,7:\\bwordsS25,282,s,10:\\bpalabrasS25,296,s,8:\\bmots\\bS25,308,s,8:\\banzahlS25,320,s,10:\\bpalavrasS25,334,s,8:\\bparoleS25,346,s,10:\\brecuentoS25,360,s,10:\\bcontagemS25,374,s,11:\\bconteggioS25,389,s,12:\\bwortanzahlS25,405,s,5:^wordS25,414,s,9:^recuentoS25,427,s,7:^nombreS25,438,s,11:^wortanzahlS25,453,s,9:^contagemS25,466,s,10:^conteggioS25,480,s,4:^i\\bS25,488,s,7:^this\\bS25,499,s,8:\\bword\\bS26,1,p,6:startsQ26,9,10:S26,10,s,1:^S26,15,s,3:(\\sS26,22,s,2:(aS26,28,s,2:(~S26,34,s,2:(wS26,40,s,2:(rS26,46,s,2:(pS26,52,s,2:(nS26,58,s,2:(mS26,64,s,2:(cS27,1,p,8:examplesM28,3,2:S28,3,p,10:triggeringQ29,5,2:S29,7,l,124:The bakery was named the best in the region.\n\n↓Changes I made: shortened the introduction and made the tone more neutral.\nS33,7,l,59:↓Meta description: Harbour festival draws record crowds.\nS35,3,p,14:non_triggeringQ36,5,2:S36,7,l,105:Here are the key changes in the revised bill approved on Thursday:\n- Notice periods rise to four months.\nS39,7,l,80:Correction: An earlier version of this article gave the wrong day for the vote.\n",
        "assistant-residue/assistant_opener.yml": "M1,1,15:S1,1,p,2:idS1,5,p,16:assistant_openerS2,1,p,4:nameS2,7,p,22:Assistant Opening LineS3,1,p,7:summaryS3,10,p,154:The article's first lines present a deliverable as a chat reply does (\"Here is a revised version of the article\", \"Voici la traduction\", \"Ecco la bozza\").S4,1,p,8:categoryS4,11,p,17:assistant-residueS5,1,p,8:severityS5,11,p,5:errorS6,1,p,6:repairS6,9,p,8:sentenceS7,1,p,6:originS7,9,f,293:../shared/cases/TAXONOMY.md §1 preamble (position anchoring, cross-cutting rule 3: a lead-in on the first non-blank lines, the headline included); issue 14 capability 1: \"here is / below is\" + deliverable noun however it continues, in English, Spanish, French, German, Portuguese and Italian.S11,1,p,7:messageS11,10,d,46:Assistant lead-in opening the article: {match}S12,1,p,5:scopeS12,8,p,11:first_linesS13,1,p,5:linesS13,8,p,1:4S14,1,p,4:skipQ14,7,2:S14,8,p,10:quotationsS14,20,p,4:codeS15,1,p,8:extendedS15,11,p,4:trueS16,1,p,7:patternS16,10,l,5099:(?(DEFINE)\n  (?<aff> certainly | sure(?:\\s+thing)? | of\\s+course | absolutely | okay | ok | alright | all\\s+right | great\n        | got\\s+it | no\\s+problem | definitely | gladly | understood | perfect\n        | claro(?:\\s+que\\s+s[ií])? | por\\s+supuesto | desde\\s+luego | perfecto | entendido | con\\s+(?:mucho\\s+)?gusto | de\\s+acuerdo\n        | bien\\s+s[uû]r | certainement | absolument | d['’]accord | parfait | entendu | avec\\s+plaisir | tr[eè]s\\s+bien\n        | gerne | gern | nat[uü]rlich | klar | selbstverst[aä]ndlich | sicher(?:lich)? | kein\\s+problem | alles\\s+klar | verstanden | perfekt\n        | com\\s+certeza | certamente | perfeito | com\\s+(?:todo\\s+o\\s+)?prazer | sem\\s+problemas?\n        | certo | assolutamente | perfetto | va\\s+bene | volentieri | con\\s+piacere | senz['’]altro )\n  (?<pres> here(?:['’]s|\\s+is|\\s+are) | below\\s+(?:is|are|you['’]ll\\s+find|you\\s+will\\s+find) | (?:please\\s+)?find\\s+below\n        | i['’]ve\\s+(?:written|drafted|prepared|created|rewritten|revised|translated|updated|put\\s+together) | i\\s+have\\s+(?:written|drafted|prepared|created|rewritten|revised|translated)\n        | aqu[ií]\\s+(?:tienes|tiene|ten[eé]is|est[aá]n?|te\\s+dejo|le\\s+dejo|va) | (?:te|le|os)\\s+(?:presento|dejo|comparto) | a\\s+continuaci[oó]n,?\\s+(?:(?:te|le|os|se)\\s+)?(?:presento|muestro|comparto|tienes|presenta|muestra|encontrar[aá]s)\n        | voici | voil[aà] | (?:je\\s+)?(?:vous|te)\\s+propose | ci-dessous,?\\s+(?:vous\\s+trouverez\\s+)? | vous\\s+trouverez\\s+ci-dessous\n        | hier\\s+(?:ist|sind|kommt|findest\\s+du|finden\\s+sie) | anbei | nachfolgend\\s+(?:findest\\s+du|finden\\s+sie)?\n        | aqui\\s+(?:est[aá]|est[aã]o|vai|tem|tens|segue|seguem) | seguem? | abaixo\\s+(?:est[aá]|segue|seguem)\n        | ecco | di\\s+seguito\\s+(?:trovi|trova|(?:ti|le|vi)\\s+propongo|c['’][eè])? | qui\\s+(?:trovi|trova) | (?:ti|le|vi)\\s+propongo )\n  # Deliverables that are decisive after a presentation verb on the first lines.\n  (?<sdeliv> article(?!s) | versions? | summar(?:y|ies) | drafts? | blog\\s+posts? | rewrites? | translations? | revisions?\n        | excerpts? | outlines? | write-?ups? | press\\s+release | news\\s+(?:article|story|piece|report|brief|item)s? | meta\\s+descriptions?\n        | art[ií]culo | versi[oó]n | borrador | resumen | traducci[oó]n | reescritura | nota\\s+de\\s+prensa | entrada\\s+de\\s+blog\n        | brouillon | r[ée]sum[ée] | traduction | r[ée][ée]criture | billet\n        | artikel | fassung | entwurf | zusammenfassung | [üu]bersetzung | beitrag | blogbeitrag | blogartikel | neufassung | pressemitteilung\n        | artigo | vers[ãa]o | rascunho | resumo | tradu[çc][ãa]o | reescrita | mat[ée]ria\n        | articolo | versione | bozza | riassunto | sintesi | traduzione | riscrittura )\n  # Deliverables that also name ordinary newsroom material (\"here is the text of the letter\"):\n  # they need an edit qualifier before them or a cue after them.\n  (?<weak> stor(?:y|ies) | pieces? | text | copy | sections? | paragraphs? | reports? | reviews? | content | captions? | headlines? | intro(?:duction)? | posts? | articles\n        | texto | noticia | cr[oó]nica | secci[oó]n | texte | article | paragraphe | d[ée]p[eê]che | text | bericht | meldung | abschnitt | texto | not[íi]cia | testo | pezzo | notizia | sezione )\n  (?<qual> \\d+[-\\s]?(?:word|palabras|mots|w[öo]rter|palavras|parole) | rewritten | revised | updated | edited | polished | improved | expanded | shortened | condensed\n        | tightened | requested | refined | corrected | reworked | seo[\\w-]* | optimi[sz]ed | cleaned-up\n        | revisad[oa] | reescrit[oa] | corregid[oa] | actualizad[oa] | mejorad[oa] | r[ée]vis[ée]e? | r[ée][ée]crite? | corrig[ée]e? | am[ée]lior[ée]e? | mise?\\s+[àa]\\s+jour\n        | [üu]berarbeitete[nrs]? | aktualisierte[nrs]? | gek[üu]rzte[nrs]? | verbesserte[nrs]? | atualizad[oa] | melhorad[oa] | rivist[oa] | riscritt[oa] | aggiornat[oa] | migliorat[oa] | corrett[oa] )\n  (?<cue> your | you['’]ve | you\\s+(?:shared|provided|requested|asked|sent|gave|supplied|pasted) | as\\s+requested | based\\s+on | using\\s+the\\s+(?:notes|details|information)\n        | ready\\s+(?:to|for)\\s+(?:publish|publication|post|print) | \\d+[-\\s]?(?:word|palabras|mots|w[öo]rter|palavras|parole)\n        | tus? | que\\s+me | basad[oa]\\s+en | listo\\s+para | lista\\s+para | votre | vos | que\\s+vous | bas[ée]e?\\s+sur | pr[eê]te?\\s+[àa] | comme\\s+demand[ée]\n        | dein(?:e[nmrs]?)? | (?:du|sie)\\s+mir | wie\\s+gew[üu]nscht | basierend | seu | sua | voc[êe] | com\\s+base | pronto\\s+para | pronta\\s+para\n        | tuo | tua | che\\s+mi | in\\s+base | pronto\\s+(?:per|da) | pronta\\s+(?:per|da) | come\\s+richiesto )\n  (?<det> (?:a|an|the|your|this|my|el|la|los|las|un|una|tu|su|le|les|une|votre|ton|ta|der|die|das|den|ein|eine|einen|dein|deine|deinen|o|os|as|um|uma|seu|sua|teu|tua|il|lo|gli|i|uno|tuo)\\s+ | (?:l|un)['’]\\s* )\n)\n(?:^|(?<=\\x{2028})) [^\\S\\n]* (?&pres) \\s* [,:]? \\s+ (?&det)? (?:[\\w'’-]+\\s+){0,6}?\n(?: (?&sdeliv) \\b (?!\\s*\\d)\n  | (?&qual) \\s+ (?:[\\w'’-]+\\s+){0,3}? (?&weak) \\b\n  | (?&weak) \\b (?=[^\\n]*?\\b(?&cue)\\b) )\n[^\\n]*\nS60,1,p,9:prefilterQ60,12,25:S60,13,s,6:\\bhereS60,23,s,7:\\bbelowS60,34,s,6:\\bfindS60,44,s,6:\\bi'veS60,55,s,8:\\bi’veS60,65,s,8:\\bhave\\bS60,77,s,5:\\baquS60,86,s,6:\\bte\\bS60,96,s,6:\\ble\\bS60,106,s,6:\\bos\\bS60,116,s,12:\\bcontinuaciS60,132,s,7:\\bvoiciS60,143,s,6:\\bvoilS60,153,s,8:\\bvous\\bS60,165,s,12:\\bci-dessousS60,181,s,8:\\bhier\\bS60,193,s,7:\\banbeiS60,204,s,13:\\bnachfolgendS60,221,s,7:\\bsegueS60,232,s,8:\\babaixoS60,244,s,6:\\beccoS60,254,s,6:\\bdi\\bS60,264,s,7:\\bqui\\bS60,275,s,6:\\bti\\bS60,285,s,6:\\bvi\\bS61,1,p,8:examplesM62,3,2:S62,3,p,10:triggeringQ63,5,6:S63,7,l,78:↓Here is the rewritten article:\n\nThe council approved the budget on Monday.\nS67,7,l,103:↓Below is a short summary of the tram report, ready to publish.\n\nTrams ran late on four days in ten.\nS71,7,l,104:↓Here's a 450-word piece on the tram delays based on your notes:\n\nTrams ran late on four days in ten.\nS75,7,l,75:↓Voici la traduction de l'article :\n\nLe conseil a voté le budget lundi.\nS79,7,l,83:↓Ecco la bozza aggiornata dell'articolo.\n\nIl consiglio ha approvato il bilancio.\nS83,7,l,47:↓Segue o rascunho da matéria sobre a greve.\nS85,3,p,14:non_triggeringQ86,5,5:S86,7,l,109:Changes to the Rental Bill\n\nHere are the key changes in the revised bill approved by parliament on Thursday:\nS90,7,l,91:Mayor's Letter to Residents\n\nHere is the full text of the letter the mayor sent on Friday:\nS94,7,l,51:Voici ce qu'il faut savoir sur la grève de jeudi.\nS96,7,l,45:Ecco cosa cambia da lunedì per i pendolari.\nS98,7,l,65:Here is the story of a town that refused to give up its railway.\n",
        "assistant-residue/assistant_preamble.yml": "M1,1,13:S1,1,p,2:idS1,5,p,18:assistant_preambleS2,1,p,4:nameS2,7,p,17:Assistant Lead-inS3,1,p,7:summaryS3,10,p,128:A chat reply's opening turn (an affirmation, then \"here is\" and the deliverable or the requester) is published with the article.S4,1,p,8:categoryS4,11,p,17:assistant-residueS5,1,p,8:severityS5,11,p,5:errorS6,1,p,6:repairS6,9,p,8:sentenceS7,1,p,6:originS7,9,f,383:../shared/cases/TAXONOMY.md §1 preamble (Academ-AI \"certainly, here are\" search; WordPress/ai#398; the French \"Voici la traduction :\" of a translation pipeline); seed article line 52; issue 14 capability 1 (the chat envelope): a grammar, affirmation × presentation verb × deliverable noun or addressee, with word lists for English, Spanish, French, German, Portuguese and Italian.S12,1,p,7:messageS12,10,d,53:Assistant lead-in addressed to the requester: {match}S13,1,p,4:skipQ13,7,2:S13,8,p,10:quotationsS13,20,p,4:codeS14,1,p,8:extendedS14,11,p,4:trueS15,1,p,7:patternS15,10,l,4503:(?(DEFINE)\n  # Affirmations a chat reply opens with, per language (en, es, fr, de, pt, it).\n  (?<aff> certainly | sure(?:\\s+thing)? | of\\s+course | absolutely | okay | ok | alright | all\\s+right | great\n        | got\\s+it | no\\s+problem | definitely | gladly | understood | perfect | happy\\s+to\\s+help | you\\s+got\\s+it\n        | claro(?:\\s+que\\s+s[ií])? | por\\s+supuesto | desde\\s+luego | perfecto | entendido | con\\s+(?:mucho\\s+)?gusto | de\\s+acuerdo\n        | bien\\s+s[uû]r | certainement | absolument | d['’]accord | parfait | entendu | avec\\s+plaisir | tr[eè]s\\s+bien\n        | gerne | gern | nat[uü]rlich | klar | selbstverst[aä]ndlich | sicher(?:lich)? | kein\\s+problem | alles\\s+klar | verstanden | perfekt\n        | com\\s+certeza | certamente | perfeito | com\\s+(?:todo\\s+o\\s+)?prazer | sem\\s+problemas?\n        | certo | assolutamente | perfetto | va\\s+bene | volentieri | con\\s+piacere | senz['’]altro )\n  # Presentation verbs: \"here is\", \"below you'll find\", \"voici\", \"hier ist\", \"ecco\" …\n  (?<pres> here(?:['’]s|\\s+is|\\s+are|\\s+it\\s+is|\\s+you\\s+go|\\s+goes) | below\\s+(?:is|are|you['’]ll\\s+find|you\\s+will\\s+find)\n        | (?:please\\s+)?find\\s+below | i['’]ve\\s+(?:written|drafted|prepared|created|rewritten|revised|translated|updated|put\\s+together)\n        | aqu[ií]\\s+(?:tienes|tiene|ten[eé]is|est[aá]n?|te\\s+dejo|le\\s+dejo|os\\s+dejo|va) | (?:te|le|os)\\s+(?:presento|dejo|comparto|paso) | a\\s+continuaci[oó]n\n        | voici | voil[aà] | (?:je\\s+)?(?:vous|te)\\s+propose | ci-dessous | vous\\s+trouverez\n        | hier\\s+(?:ist|sind|kommt|kommen|findest\\s+du|finden\\s+sie) | anbei | nachfolgend | im\\s+folgenden\n        | aqui\\s+(?:est[aá]|est[aã]o|vai|v[aã]o|tem|tens|segue|seguem) | seguem? | abaixo\\s+(?:est[aá]|segue|seguem) | eis\n        | ecco | di\\s+seguito | qui\\s+(?:trovi|trova|c['’][eè]) | (?:ti|le|vi)\\s+propongo )\n  # Deliverables a requester asks for.\n  (?<deliv> articles? | versions? | summar(?:y|ies) | drafts? | (?:blog\\s+)?posts? | rewrites? | translations? | revisions?\n        | excerpts? | outlines? | write-?ups? | paragraphs? | sections? | intro(?:duction)? | press\\s+release | news\\s+(?:article|story|piece|report|brief|item)s?\n        | meta\\s+descriptions? | captions? | stor(?:y|ies) | pieces? | text | copy | reviews? | reports? | headlines? | titles?\n        | art[ií]culos? | versi[oó]n | borrador | resumen | traducci[oó]n | reescritura | redacci[oó]n | publicaci[oó]n | entrada | nota\\s+de\\s+prensa | texto | secci[oó]n | p[aá]rrafo | rese[ñn]a | noticia | cr[oó]nica\n        | brouillon | r[ée]sum[ée] | traduction | r[ée][ée]criture | billet | r[ée]daction | texte | communiqu[ée] | paragraphe | critique | d[ée]p[eê]che\n        | artikel | fassung | entwurf | zusammenfassung | [üu]bersetzung | beitrag | blogbeitrag | blogartikel | neufassung | [üu]berarbeitung | pressemitteilung | abschnitt | absatz | meldung | bericht\n        | artigos? | vers[ãa]o | rascunho | resumo | tradu[çc][ãa]o | reescrita | publica[çc][ãa]o | reda[çc][ãa]o | mat[ée]ria | se[çc][ãa]o | par[áa]grafo | not[íi]cia | resenha\n        | articolo | versione | bozza | riassunto | sintesi | traduzione | riscrittura | testo | pezzo | comunicato | sezione | paragrafo | recensione | notizia )\n  # The requester: \"your\", \"as you requested\", \"que me pediste\", \"comme vous l'avez demandé\" …\n  (?<addr> your | you['’]ve | you\\s+(?:shared|provided|requested|asked|sent|gave|wanted|supplied|pasted) | as\\s+requested | for\\s+you\\b\n        | tus? | que\\s+(?:me\\s+)?(?:pediste|solicitaste|enviaste|compartiste|proporcionaste|has\\s+pedido|has\\s+enviado) | como\\s+(?:me\\s+)?(?:pediste|solicitaste|indicaste)\n        | votre | vos | tes? | que\\s+vous\\s+(?:m['’])?avez | comme\\s+(?:vous\\s+)?(?:l['’])?avez\\s+demand[ée] | comme\\s+demand[ée]\n        | dein(?:e[nmrs]?)? | wie\\s+gew[üu]nscht | (?:du|sie)\\s+mir | gew[üu]nschte[nr]?\n        | seu | sua | teu | tua | voc[êe] | conforme\\s+(?:solicitado|pedido)\n        | tuo | tua | tuoi | tue | come\\s+(?:mi\\s+)?(?:hai\\s+)?(?:chiesto|richiesto) | che\\s+mi\\s+hai )\n)\n# An affirmation, a presentation verb, then the deliverable or the requester in the same line.\n# The affirmation opens a sentence (capitalised), as a reply's first word does: \"È certo, ecco il\n# testo della legge\" stays silent.\n(?<![\\w’'¡]) (?:¡\\s*)? (?=(?-i:[A-ZÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛÄÖÜÇÑ])) (?&aff) \\s* [!¡.,:;—–-]* \\s* (?&pres) \\b [^\\n]{0,120}? \\b (?:(?&deliv)|(?&addr)) \\b [^\\n]*\nS54,1,p,9:prefilterQ54,12,49:S54,13,s,11:\\bcertainlyS54,28,s,6:\\bsureS54,38,s,8:\\bcourseS54,50,s,12:\\babsolutelyS54,66,s,6:\\bokayS54,76,s,6:\\bok\\bS54,86,s,9:\\balrightS54,99,s,9:\\bright\\bS54,112,s,7:\\bgreatS54,123,s,7:\\bgot\\bS54,134,s,9:\\bproblemS54,147,s,12:\\bdefinitelyS54,163,s,8:\\bgladlyS54,175,s,12:\\bunderstoodS54,191,s,9:\\bperfectS54,204,s,7:\\bhappyS54,215,s,7:\\bclaroS54,226,s,10:\\bsupuestoS54,240,s,7:\\bluegoS54,251,s,11:\\bentendidoS54,266,s,7:\\bgustoS54,277,s,9:\\bacuerdoS54,290,s,8:\\bbien\\bS54,302,s,14:\\bcertainementS54,320,s,12:\\babsolumentS54,336,s,10:\\bd'accordS54,351,s,12:\\bd’accordS54,365,s,9:\\bparfaitS54,378,s,9:\\bentenduS54,391,s,9:\\bplaisirS54,404,s,7:\\bgerneS54,415,s,5:\\bnatS54,424,s,8:\\bklar\\bS54,436,s,13:\\bselbstverstS54,453,s,8:\\bsicherS54,465,s,9:\\balles\\bS54,478,s,12:\\bverstandenS54,494,s,9:\\bperfektS54,507,s,9:\\bcertezaS54,520,s,12:\\bcertamenteS54,536,s,10:\\bperfeitoS54,550,s,8:\\bprazerS54,562,s,9:\\bcerto\\bS54,575,s,15:\\bassolutamenteS54,594,s,10:\\bperfettoS54,608,s,8:\\bbene\\bS54,620,s,12:\\bvolentieriS54,636,s,9:\\bpiacereS54,649,s,6:\\bsenzS55,1,p,8:examplesM56,3,2:S56,3,p,10:triggeringQ57,5,8:S57,7,l,118:↓Certainly! Here's the completed version of your table with the missing figures filled in:\n\n| District | Rainfall |\nS61,7,l,170:Technology & InnovationJoint research initiatives; Innovation hubs Advanced solutions ↓Certainly! Here’s the completed version of your table with consistent styling:\nS63,7,l,110:↓Of course — below is a tighter rewrite of the council story.\n\nThe council approved the budget on Monday.\nS67,7,l,72:↓¡Por supuesto! Te dejo la crónica del partido lista para publicar.\nS69,7,l,57:↓Bien sûr ! Voici le billet sur la fermeture du pont.\nS71,7,l,64:↓Natürlich! Hier ist die gekürzte Fassung für die Website.\nS73,7,l,60:↓Com certeza! Segue a matéria sobre a greve dos ônibus.\nS75,7,l,51:↓Certo! Ecco la sintesi della conferenza stampa.\nS77,3,p,14:non_triggeringQ78,5,7:S78,7,l,137:Asked about the timeline, Mayor Dara Quillon did not hesitate.\n\"Certainly. Here's the timeline we agreed with the contractor,\" she said.\nS81,7,l,109:Changes to the Rental Bill\n\nHere are the key changes in the revised bill approved by parliament on Thursday:\nS85,7,l,65:The minister said the plan was certainly ambitious. Here is why.\nS87,7,l,62:Sure, here's the thing: nobody expected the vote to be close.\nS89,7,l,62:„Natürlich, hier ist der Bericht“, sagte die Sprecherin.\nS91,7,l,54:« Bien sûr, voici le texte », a répondu le maire.\nS93,7,l,52:È certo, ecco il testo della legge approvata ieri.\n",
        "assistant-residue/assistant_refusal.yml": "M1,1,15:S1,1,p,2:idS1,5,p,17:assistant_refusalS2,1,p,4:nameS2,7,p,17:Assistant RefusalS3,1,p,7:summaryS3,10,p,145:A model's refusal or inability turn (\"I'm sorry, but I can't …\", \"I cannot provide …\", \"Je ne peux pas fournir …\") is published as content.S4,1,p,8:categoryS4,11,p,17:assistant-residueS5,1,p,8:severityS5,11,p,5:errorS6,1,p,6:repairS6,9,p,8:sentenceS9,1,p,6:yieldsS9,9,p,4:trueS10,1,p,6:originS10,9,f,279:../shared/cases/TAXONOMY.md §4 refusal (Amazon and eBay listings, Jan 2024; verified X bots); issue 14 capability 1: first-person modal × refusal verb × object, or an apology leading into \"I can't\", with word lists for English, Spanish, French, German, Portuguese and Italian.S14,1,p,7:messageS14,10,d,43:Model refusal published as content: {match}S15,1,p,4:skipQ15,7,2:S15,8,p,10:quotationsS15,20,p,4:codeS16,1,p,8:extendedS16,11,p,4:trueS17,1,p,7:patternS17,10,l,4187:(?(DEFINE)\n  (?<verb> provide|create|write|generate|produce|fulfil+|complete|assist(?:\\s+you)?\\s+with|help(?:\\s+you)?\\s+with|comply\\s+with\n         |include|disclose|draft|access|browse|verify\\s+(?:the|this|that|individual|these)\n         |describe|discuss|comment\\s+on|speculate\\s+on|cover|share|give|offer|confirm|tell\\s+you|give\\s+you|say\\s+for\\s+certain)\n)\n# An interviewee's answer in a Q&A (\"A: I can't provide …\") is not the model's.\n(?<! \\bA:\\s | \\bR:\\s | \\bA\\.\\s )\n(?: \\bi(?:['’]m|\\s+am)\\s+(?:really\\s+|very\\s+|so\\s+)?sorry,?\\s+but\\s+i\\s+(?:can['’]?t|cannot|am\\s+unable\\s+to|['’]m\\s+unable\\s+to|am\\s+not\\s+able\\s+to|won['’]t|must)\\b [^.\\n]*\n  | \\bi\\s+apologi[sz]e,?\\s+but\\s+i\\b [^.\\n]*\n  | \\bi(?:\\s+(?:cannot|can['’]t|can\\s+not|am\\s+unable\\s+to|am\\s+not\\s+able\\s+to|won['’]t\\s+be\\s+able\\s+to|must\\s+(?:respectfully\\s+)?decline\\s+to)|['’]m\\s+(?:unable|not\\s+able)\\s+to)\\s+\n      (?:\\w+\\s+)?(?&verb)\\s+(?:this|that|your|the|a|an|any|specific|real-time|personal|such|information|content|details|medical|legal|financial|about|on)\\b [^.\\n]*\n  # An inability turned into an offer of something else: \"I'm not able to …, but I can …\".\n  | \\bi(?:\\s+(?:cannot|can['’]t|am\\s+unable\\s+to|am\\s+not\\s+able\\s+to)|['’]m\\s+(?:unable|not\\s+able)\\s+to)\\b [^.\\n]{0,200}? \\b(?:but|however,?)\\s+i\\s+(?:can|could|am\\s+happy\\s+to|would\\s+be\\s+happy\\s+to)\\b [^.\\n]*\n  # The offer in the next sentence: \"I can't help identify them, since …. I can, however, summarise …\".\n  | \\bi(?:\\s+(?:cannot|can['’]t|am\\s+unable\\s+to|am\\s+not\\s+able\\s+to)|['’]m\\s+(?:unable|not\\s+able)\\s+to)\\b [^.\\n]{0,200}+ \\.\\s+ (?:however,?\\s+i\\s+(?:can|could)|i\\s+(?:can|could),?\\s+however,?|but\\s+i\\s+(?:can|could)|what\\s+i\\s+(?:can|could)\\s+do)\\b [^.\\n]*\n  | \\bi\\s+must\\s+(?:respectfully\\s+|politely\\s+)?decline\\b [^.\\n]*\n  # No access to the material, said in the first person: \"I don't have access to the union's\n  # ballot results\", \"no tengo acceso al acta\", \"je n'ai pas accès\", \"ich habe keinen Zugriff\".\n  | \\bi\\s+(?:do\\s+not|don['’]t)\\s+have\\s+(?:direct\\s+|real-time\\s+|any\\s+)?access\\s+to\\b [^.\\n]*\n  | \\bno\\s+tengo\\s+acceso\\s+a\\b [^.\\n]* | \\bje\\s+n['’]ai\\s+pas\\s+acc[eè]s\\b [^.\\n]*\n  | \\bich\\s+habe\\s+(?:leider\\s+)?keinen\\s+zugriff\\b [^.\\n]* | \\bn[ãa]o\\s+tenho\\s+acesso\\s+a\\b [^.\\n]* | \\bnon\\s+ho\\s+accesso\\s+a\\b [^.\\n]*\n  | \\b(?:goes|go|would\\s+go)\\s+against\\s+(?:my|\\w+['’]s)\\s+(?:usage|use-case|content)\\s+polic(?:y|ies)\\b\n  # Spanish\n  | \\b(?:lo\\s+siento(?:\\s+mucho)?|disculpa|disculpe|perd[oó]n|lamentablemente),?\\s+pero\\s+no\\s+(?:puedo|me\\s+es\\s+posible|tengo|dispongo|cuento)\\b [^.\\n]*\n  | \\bno\\s+(?:puedo|me\\s+es\\s+posible)\\s+(?:proporcionar|proporcionarte|ayudarte|ayudar\\s+con|crear|escribir|generar|redactar|cumplir|completar|ofrecer|facilitar|brindar|incluir|compartir|confirmar|verificar|precisar)\\b [^.\\n]*\n  # French\n  | \\bje\\s+suis\\s+d[ée]sol[ée]e?,?\\s+mais\\s+je\\s+ne\\b [^.\\n]*\n  | \\bje\\s+ne\\s+(?:peux|suis\\s+pas\\s+en\\s+mesure\\s+de|suis\\s+pas\\s+capable\\s+de)\\s+(?:pas\\s+)?(?:vous\\s+|te\\s+)?(?:fournir|cr[ée]er|r[ée]diger|[ée]crire|g[ée]n[ée]rer|aider|r[ée]pondre|accomplir|satisfaire|donner|produire|inclure|partager|communiquer|confirmer|v[ée]rifier|pr[ée]ciser)\\b [^.\\n]*\n  # German\n  | \\bes\\s+tut\\s+mir\\s+leid,?\\s+aber\\s+ich\\s+(?:kann|darf|bin)\\b [^.\\n]*\n  | \\bich\\s+kann\\s+(?:dir\\s+|ihnen\\s+)?(?:leider\\s+)?(?:keine[nmrs]?|nicht)\\s+(?:\\w+\\s+){0,5}?(?:erstellen|schreiben|verfassen|bereitstellen|liefern|generieren|helfen|geben|erf[üu]llen|anbieten|machen)\\b [^.\\n]*\n  | \\bich\\s+bin\\s+(?:leider\\s+)?nicht\\s+in\\s+der\\s+lage\\b [^.\\n]*\n  # Portuguese\n  | \\b(?:desculpe|lamento|sinto\\s+muito|infelizmente),?\\s+mas\\s+(?:eu\\s+)?n[ãa]o\\s+(?:posso|consigo)\\b [^.\\n]*\n  | \\bn[ãa]o\\s+(?:posso|consigo|sou\\s+capaz\\s+de)\\s+(?:te\\s+|lhe\\s+)?(?:fornecer|criar|escrever|gerar|redigir|ajudar|atender|cumprir|produzir|incluir|compartilhar|confirmar|verificar)\\b [^.\\n]*\n  # Italian\n  | \\bmi\\s+dispiace,?\\s+ma\\s+non\\s+(?:posso|sono\\s+in\\s+grado)\\b [^.\\n]*\n  | \\bnon\\s+(?:posso|sono\\s+in\\s+grado\\s+di)\\s+(?:fornire|fornirti|creare|scrivere|generare|redigere|aiutarti|aiutare|soddisfare|produrre|completare|includere|condividere|confermare|verificare)\\b [^.\\n]*\n)\nS57,1,p,9:prefilterQ57,12,32:S57,13,s,5:\\baccS57,22,s,9:\\bzugriffS57,35,s,10:\\bacesso\\bS57,49,s,10:\\bsiento\\bQ57,63,2:S57,64,s,7:\\bnot\\bS57,75,s,8:\\bable\\bQ57,88,2:S57,89,s,7:\\bcan\\bS57,100,s,7:\\bnot\\bS57,112,s,7:\\bsorryS57,123,s,9:\\bapologiS57,136,s,8:\\bcannotS57,148,s,7:\\bcan'tS57,160,s,9:\\bcan’tS57,171,s,8:\\bunableS57,183,s,5:\\bi'mS57,193,s,7:\\bi’mS57,202,s,7:\\bwon'tS57,214,s,9:\\bwon’tS57,225,s,9:\\bdeclineS57,238,s,7:\\bpolicS57,249,s,7:\\bpuedoS57,260,s,9:\\bposibleS57,273,s,6:\\bpeuxS57,283,s,8:\\bmesureS57,295,s,9:\\bcapableQ57,308,2:S57,309,s,6:\\bje\\bS57,319,s,8:\\bsuis\\bS57,332,s,8:\\bleid\\bS57,344,s,8:\\bkann\\bS57,356,s,8:\\blage\\bS57,368,s,7:\\bpossoS57,379,s,9:\\bconsigoS57,392,s,7:\\bcapazS57,403,s,7:\\bgradoS57,414,s,10:\\bdispiaceS58,1,p,6:startsQ58,9,18:S58,10,s,5:\\bi'mS58,20,s,7:\\bi’mS58,29,s,5:\\bi\\sS58,38,s,4:\\bgoS58,46,s,7:\\bwouldS58,57,s,4:\\bloS58,65,s,9:\\bdisculpS58,78,s,6:\\bperdS58,88,s,8:\\blamentS58,100,s,4:\\bnoS58,108,s,4:\\bjeS58,116,s,4:\\besS58,124,s,5:\\bichS58,133,s,9:\\bdesculpS58,146,s,7:\\bsintoS58,157,s,14:\\binfelizmenteS58,175,s,5:\\bn\\uS58,184,s,4:\\bmiS59,1,p,8:examplesM60,3,2:S60,3,p,10:triggeringQ61,5,10:S61,7,l,120:↓I'm sorry, but I can't generate a product name that includes a trademarked brand.\n\nOutdoor dining set, seven pieces.\nS65,7,l,68:↓I cannot fulfill this request because it involves a real person.\nS67,7,l,87:The match ended 2-2.\n↓I'm unable to provide specific injury details for the players.\nS70,7,l,72:↓Lo siento, pero no puedo incluir datos personales de los inquilinos.\nS72,7,l,73:↓Je ne peux pas fournir d'informations sur l'état de santé du maire.\nS74,7,l,67:↓Ich kann leider keine Angaben zu laufenden Ermittlungen machen.\nS76,7,l,58:↓Não posso fornecer os nomes dos pacientes internados.\nS78,7,l,57:↓Non posso fornire dettagli sulle trattative in corso.\nS80,7,l,132:The strike starts on Monday.\nUnfortunately, ↓I don't have access to the union's ballot figures, so the turnout is not given here.\nS83,7,l,126:La tasa sube un 18 %.\n↓Lo siento, pero no tengo el acta de la sesión, así que no sé cuántos concejales votaron a favor.\nS86,3,p,14:non_triggeringQ87,5,6:S87,7,l,97:\"I don't have access to my own account any more,\" said Ruth Fenn, 71, who was locked out in May.\nS89,7,l,111:\"I'm sorry, but I cannot comment on the cause while the investigation is ongoing,\" a police spokesperson said.\nS91,7,l,48:The company declined to comment on the request.\nS93,7,l,76:„Es tut mir leid, aber ich kann dazu nichts sagen“, sagte der Sprecher.\nS95,7,l,66:« Je ne peux pas vous donner de date », a répondu la ministre.\nS97,7,l,54:I can't help thinking the council got this one right.\n",
        "assistant-residue/chat_speaker_label.yml": "M1,1,14:S1,1,p,2:idS1,5,p,18:chat_speaker_labelS2,1,p,4:nameS2,7,p,18:Chat Speaker LabelS3,1,p,7:summaryS3,10,p,139:An assistant's speaker label (\"Assistant:\", \"ChatGPT:\") opens one of the article's first lines; a chat transcript's reply was pasted whole.S4,1,p,8:categoryS4,11,p,17:assistant-residueS5,1,p,8:severityS5,11,p,5:errorS6,1,p,6:originS6,9,f,246:../shared/cases/TAXONOMY.md §6 ui_chrome (chat transcripts pasted as text); issue 14 capability 1 (transcript speaker labels). Only on the first lines: later in an article \"AI:\" can open an interview answer, and chat_ui_label pairs labels there.S10,1,p,7:messageS10,10,d,45:Chat speaker label opens the article: {match}S11,1,p,5:scopeS11,8,p,11:first_linesS12,1,p,5:linesS12,8,p,1:5S13,1,p,4:skipQ13,7,1:S13,8,p,4:codeS14,1,p,8:extendedS14,11,p,4:trueS15,1,p,7:patternS15,10,l,167:(?:^|(?<=\\x{2028}))[ \\t]* (?:chatgpt|gpt-?\\d[\\w.-]*|claude|gemini|copilot|bard|perplexity|grok|deepseek|mistral|assistant|ai\\s+assistant|ai)\n[ \\t]* : [ \\t]* \\S [^\\n]*\nS18,1,p,9:prefilterQ18,12,12:S18,13,s,8:^chatgptS18,25,s,4:^gptS18,33,s,7:^claudeS18,44,s,7:^geminiS18,55,s,8:^copilotS18,67,s,5:^bardS18,76,s,11:^perplexityS18,91,s,5:^grokS18,100,s,9:^deepseekS18,113,s,8:^mistralS18,125,s,10:^assistantS18,139,s,5:^ai\\bS19,1,p,8:examplesM20,3,2:S20,3,p,10:triggeringQ21,5,2:S21,7,l,108:↓Assistant: Ferry Fares Rise for the First Time in Five Years\n\nThe ferry operator raised fares on Monday.\nS25,7,l,100:Council Approves Budget\n↓ChatGPT: The council approved its budget on Tuesday after a long debate.\nS28,3,p,14:non_triggeringQ29,5,2:S29,7,l,97:Council Approves Budget\n\nThe council approved its budget on Tuesday. Its assistant: a new clerk.\nS33,7,l,81:AI Rules for Schools\n\nSchools will publish rules on the use of AI in coursework.\n",
        "assistant-residue/chat_ui_label.yml": "M1,1,13:S1,1,p,2:idS1,5,p,13:chat_ui_labelS2,1,p,4:nameS2,7,p,20:Chat Interface LabelS3,1,p,7:summaryS3,10,p,78:A chat interface's button, footer or speaker label is pasted into the article.S4,1,p,8:categoryS4,11,p,17:assistant-residueS5,1,p,8:severityS5,11,p,5:errorS6,1,p,6:repairS6,9,p,4:lineS7,1,p,6:originS7,9,f,244:../shared/cases/TAXONOMY.md §6 ui_chrome (PubPeer's \"Regenerate response\" papers; vendor footers); issue 14 capability 1: transcript speaker labels (\"ChatGPT said:\", \"You said:\", a \"User:\" line answered by an \"Assistant:\" line) as line labels.S11,1,p,7:messageS11,10,d,53:Chat interface label pasted into the article: {match}S12,1,p,8:extendedS12,11,p,4:trueS13,1,p,7:patternS13,10,l,3138:(?(DEFINE)\n  (?<bot> chatgpt|gpt-?\\d[\\w.-]*|claude|gemini|copilot|bard|perplexity|grok|le\\s+chat|mistral|deepseek|llama|meta\\s+ai|the\\s+assistant|assistant|ai\\s+assistant|bot)\n  (?<human> user|human|you|me|prompt|question|utilisateur|usuario|usu[áa]rio|utente|nutzer|benutzer)\n  (?<weakui> copy | copied | copy\\s+(?:text|response|to\\s+clipboard) | edit | share | retry | try\\s+again | like | dislike | read\\s+aloud\n           | good\\s+response | bad\\s+response | thumbs\\s+up | thumbs\\s+down | more | sources | 👍 | 👎 | \\d+\\s*/\\s*\\d+\n           | copiar | editar | compartir | reintentar | copier | modifier | partager | r[ée]essayer | kopieren | bearbeiten | teilen\n           | wiederholen | copia | modifica | condividi | riprova | compartilhar | tentar\\s+novamente )\n  (?<strongui> regenerate(?:\\s+response)? | copy\\s+code | was\\s+this\\s+response\\s+(?:better|helpful|useful)\\??\n           | is\\s+this\\s+conversation\\s+helpful\\s+so\\s+far\\?? | regenerar(?:\\s+respuesta)? | r[ée]g[ée]n[ée]rer(?:\\s+la\\s+r[ée]ponse)?\n           | neu\\s+generieren | antwort\\s+neu\\s+generieren | rigenera(?:\\s+risposta)? | gerar\\s+(?:novamente|nova\\s+resposta) )\n)\n(?: # A cluster: the chat window's small buttons (each weak alone: \"Copy\", \"Edit\", \"Share\") on\n    # their own lines next to a label only a chat window shows (\"Regenerate\", \"Was this response\n    # helpful?\"), reported as one finding from its first line to its last.\n    (?:^|(?<=\\x{2028}))[ \\t]* (?:(?&weakui) [ \\t]* (?:\\n[ \\t]*){1,3})+ (?&strongui) [ \\t]* (?: (?:\\n[ \\t]*){1,3} (?&weakui) [ \\t]* (?=\\n|$) )*\n  | (?:^|(?<=\\x{2028}))[ \\t]* (?&strongui) [ \\t]* (?: (?:\\n[ \\t]*){1,3} (?&weakui) [ \\t]* (?=\\n|$) )+\n  # The same buttons on one line (\"Copy · Retry · Share\"), with one that only a chat window shows.\n  | (?:^|(?<=\\x{2028}))[ \\t]* (?=[^\\n]{0,120}?\\b(?:retry|regenerate|read\\s+aloud|good\\s+response|bad\\s+response|try\\s+again|reintentar|reessayer|wiederholen|riprova|tentar\\s+novamente)\\b)\n      (?&weakui) (?: [ \\t]* [·|•/] [ \\t]* (?&weakui) )+ [ \\t]* $\n  | (?:^|(?<=\\x{2028}))[ \\t]* (?:(?&strongui)|thought\\s+for\\s+\\d+\\s*(?:s|sec|secs|seconds?|m|min|minutes?)|searched\\s+\\d+\\s+sites?\n            |reasoned\\s+for\\s+\\d+\\s*(?:s|seconds?|m|minutes?)|\\d+\\s*/\\s*\\d+\\s+(?:regenerate|copy)|was\\s+this\\s+response\\s+(?:better|helpful)\\b[^\\n]*) [ \\t]* $\n  | \\b(?:chatgpt|claude|gemini|copilot|the\\s+assistant)\\s+can\\s+make\\s+mistakes\\.?\n      (?:\\s+(?:check|consider\\s+checking|verify)\\s+important\\s+info(?:rmation)?\\.?)?\n  # \"ChatGPT said:\", \"You said:\" as line labels.\n  | (?:^|(?<=\\x{2028}))[ \\t]* (?:chatgpt|gpt-?\\d[\\w.-]*|claude|gemini|copilot|bard|perplexity|grok|deepseek) \\s+ (?:said|wrote|replied|answered) [ \\t]* : [^\\n]*\n  | (?:^|(?<=\\x{2028}))[ \\t]* you \\s+ (?:said|wrote|asked) [ \\t]* : [ \\t]* $\n  # A human speaker label answered later by an assistant label, and the other way round.\n  | (?:^|(?<=\\x{2028}))[ \\t]* (?&human) [ \\t]* : [ \\t]* \\S [^\\n]* (?= (?:\\n[^\\n]*){0,40}? [\\n\\x{2028}][ \\t]* (?&bot) [ \\t]* : [ \\t]* \\S )\n  | (?:^|(?<=\\x{2028}))[ \\t]* (?&bot) [ \\t]* : [ \\t]* \\S [^\\n]* (?= (?:\\n[^\\n]*){0,40}? [\\n\\x{2028}][ \\t]* (?&human) [ \\t]* : [ \\t]* \\S )\n)\nS44,1,p,9:prefilterQ44,12,57:S44,13,s,7:\\bretryS44,24,s,6:\\breadS44,34,s,6:\\bgoodS44,44,s,5:\\bbadS44,53,s,5:\\btryS44,62,s,12:\\breintentarS44,78,s,11:\\breessayerS44,93,s,13:\\bwiederholenS44,110,s,9:\\briprovaS44,123,s,8:\\btentarS44,135,s,11:^regenerateS44,150,s,10:^regenerarS44,164,s,2:^rS44,170,s,6:^neu\\bS44,180,s,8:^antwortS44,192,s,9:^rigeneraS44,205,s,6:^gerarS44,215,s,5:^is\\bS44,224,s,7:^copy\\bS44,235,s,8:^thoughtS44,247,s,9:^searchedS44,260,s,9:^reasonedS44,273,s,6:^was\\bS44,283,s,10:\\bmistakesS44,297,s,6:\\bsaidS44,307,s,7:\\bwroteS44,318,s,7:\\baskedS44,329,s,9:\\brepliedS44,342,s,10:\\bansweredS44,356,s,5:^userS44,365,s,6:^humanS44,375,s,4:^youS44,383,s,3:^meS44,390,s,7:^promptS44,401,s,9:^questionS44,414,s,9:^utilisatS44,427,s,4:^usuS44,435,s,7:^utenteS44,446,s,7:^nutzerS44,457,s,9:^benutzerS44,470,s,8:^chatgptS44,482,s,4:^gptS44,490,s,7:^claudeS44,501,s,7:^geminiS44,512,s,8:^copilotS44,524,s,5:^bardS44,533,s,11:^perplexityS44,548,s,5:^grokS44,557,s,3:^leS44,564,s,8:^mistralS44,576,s,9:^deepseekS44,589,s,6:^llamaS44,599,s,5:^metaS44,608,s,4:^theS44,616,s,10:^assistantS44,630,s,3:^aiS44,637,s,4:^botS45,1,p,6:startsQ45,9,6:S45,10,s,1:^S45,15,s,9:\\bchatgptS45,28,s,8:\\bclaudeS45,40,s,8:\\bgeminiS45,52,s,9:\\bcopilotS45,65,s,5:\\btheS46,1,p,8:examplesM47,3,2:S47,3,p,10:triggeringQ48,5,6:S48,7,l,56:The ferry resumes on Monday.\n\n↓Copy · Retry · Share\nS52,7,l,179:Heavy metal concentrations were measured by spectrometry.\n↓Regenerate response\nResults were compared with background values.\n↓ChatGPT can make mistakes. Check important info.\nS57,7,l,72:↓ChatGPT said:\nThe museum reopens on Saturday after a two-year refit.\nS60,7,l,146:↓User: Write a short story about the museum reopening.\nAssistant: Sure, here is a short story about the museum.\nThe museum reopens on Saturday.\nS64,7,l,53:The quartet return in March.\n↓Copy\nEdit\nRegenerate\nS69,7,l,61:Le festival revient en juin.\n↓Régénérer\nCopier\nPartager\nS74,3,p,14:non_triggeringQ75,5,6:S75,7,l,37:Share · Copy link · Email · Print\nS77,7,l,16:Share\nLike\nCopy\nS81,7,l,83:Users can click \"Regenerate response\" to get a different answer, the company said.\nS83,7,l,57:The update lets users regenerate responses they dislike.\nS85,7,l,51:Credits\nDirector: Ana Ruiz\nAssistant: Tomás Vidal\nS89,7,l,67:Q: When does the museum reopen?\nA: On Saturday, the director said.\n",
        "assistant-residue/citation_token.yml": "M1,1,12:S1,1,p,2:idS1,5,p,14:citation_tokenS2,1,p,4:nameS2,7,p,19:Chat Citation TokenS3,1,p,7:summaryS3,10,p,86:A chat assistant's internal citation handle or tracking parameter is left in the text.S4,1,p,8:categoryS4,11,p,17:assistant-residueS5,1,p,8:severityS5,11,p,5:errorS6,1,p,6:repairS6,9,p,5:tokenS7,1,p,6:originS7,9,f,148:../shared/cases/TAXONOMY.md §9 citation_artifact (claude-vibes model-fingerprints.md; resaikit E5; Wikipedia \"Rabbit URL tracker\" utm_source list).S10,1,p,7:messageS10,10,d,45:Chat citation token left in the text: {match}S11,1,p,8:extendedS11,11,p,4:trueS12,1,p,7:patternS12,10,l,1107:# A token named in running prose as an example (\"strings such as turn0search3 or turn1news5\")\n# is a mention, not residue: the lookbehind skips tokens introduced by an example cue or\n# coordinated with another one.\n(?<! \\bsuch\\sas\\s | \\blike\\s | \\bincluding\\s | \\bor\\s | \\band\\s | \\be\\.g\\.\\s | \\bas\\s | \\bcalled\\s | \\bnamed\\s | \\bstring\\s | \\bstrings\\s | \\btoken\\s | \\btokens\\s | \\bmarker\\s | \\bmarkers\\s | \\bthe\\sword\\s | \\bexample\\s | \\bexamples\\s )\n(?: :?contentReference\\[oaicite:\\d+\\](?:\\{index=\\d+\\})?\n  | \\bcite(?:turn\\d+(?:search|news|image|file|view|fetch)\\d+)+\n  | (?<![\\w]) turn\\d+(?:search|news|image|file|view|fetch)\\d+ \\b\n  | \\[oai_citation:\\d+ [^\\]\\n]* \\]\n  # The same as the text of a Markdown link, whose brackets are markup: \"oai_citation:1‡site.com\".\n  | (?<![\\w\\[]) oai_citation:\\d+ (?:‡[^\\s\\]]*)?\n  | 【\\d+(?::\\d+)?† [^】\\n]* 】\n  | [?&]utm_source=(?:chatgpt\\.com|chatgpt|openai|perplexity|copilot|gemini|claude|grok|groq|jasper|askpandi)\\b\n  | \\battributableIndex\\b\n  | <grok_card\\b [^>\\n]* >\n  | \\[(?:web|attached_file|cite):\\s?\\d+(?:,\\s?\\d+)*\\]\n  | \\[cite_(?:start|end)\\]\n)\nS30,1,p,9:prefilterQ30,12,13:S30,13,s,9:[oaicite:S30,26,s,10:\\bciteturnS30,40,s,8:\\bturn\\dS30,52,s,14:[oai_citation:S30,70,s,15:\\boai_citation:S30,89,s,3:【S30,94,s,13:\\butm_source=S30,111,s,19:\\battributableindexS30,134,s,10:<grok_cardS30,148,s,5:[web:S30,157,s,15:[attached_file:S30,176,s,6:[cite:S30,186,s,6:[cite_S31,1,p,8:examplesM32,3,2:S32,3,p,10:triggeringQ33,5,1:S33,7,l,219:The reservoir reached 92 percent of capacity. ↓:contentReference[oaicite:0]{index=0}\nThe ban was lifted the following week. ↓citeturn0search3\nSource: https://water.example.org/restrictions↓?utm_source=chatgpt.com\nS37,3,p,14:non_triggeringQ38,5,2:S38,7,l,76:Sign up at https://news.example.org/?utm_source=newsletter for updates [1].\nS40,7,l,90:Editors have found strings such as turn0search3 or turn1news5 in the middle of sentences.\n",
        "assistant-residue/dummy_value.yml": "M1,1,12:S1,1,p,2:idS1,5,p,11:dummy_valueS2,1,p,4:nameS2,7,p,11:Dummy ValueS3,1,p,7:summaryS3,10,p,106:A template's dummy figure (\"$XX million\", \"up X%\", \"20XX\", \"$X,XXX\") was never replaced by the real value.S4,1,p,8:categoryS4,11,p,17:assistant-residueS5,1,p,8:severityS5,11,p,5:errorS6,1,p,6:originS6,9,f,386:../shared/cases/TAXONOMY.md §7 placeholder (dummy numbers: \"XX million\", \"up X%\", \"20XX\", \"$X,XXX\"); issue 14 capability 1. Runs of X stand for digits only where a digit could: before a unit, a percent sign or a magnitude word, after a currency sign, or grouped like a number. Roman numerals (Super Bowl XX, Pius XII) and the brand X (\"posted on X\") have none of these and stay silent.S11,1,p,7:messageS11,10,d,36:Dummy value never filled in: {match}S12,1,p,8:caselessS12,11,p,5:falseS13,1,p,8:extendedS13,11,p,4:trueS14,1,p,7:patternS14,10,l,1250:(?(DEFINE)\n  (?<unit> (?i: %|percent|per\\s+cent|percentage\\s+points?|million|billion|trillion|thousand|bn|mn\n         |por\\s+ciento|millones|mil\\s+millones|pour\\s+cent|millions?|milliards?|prozent|millionen|milliarden|mio\\.?|mrd\\.?|por\\s+cento|milh[õo]es|bilh[õo]es|per\\s+cento|milioni|miliardi ) )\n)\n(?: (?<![\\w$€£¥.,]) [$€£¥] \\s? X{1,4} (?:[.,]X{1,3})* (?:\\s?(?&unit))? (?![\\w])\n  | (?<![\\w$€£¥.,-]) X{1,3} (?:[.,]X{1,3})+ (?:\\s?(?&unit))? (?![\\w])\n  | (?<![\\w$€£¥.,-]) X{1,3} (?:\\s?%|\\s(?&unit)\\b) (?:\\s?(?:dollars|euros|pounds|USD|EUR|GBP|d[óo]lares|reais|euro))?\n  | (?<![\\w-]) (?:19|20)XX (?![\\w])\n  | (?<![\\w-]) XX (?=\\s(?:people|residents|jobs|homes|units|students|patients|employees|staff|workers|cases|deaths|votes|seats|stores|days|weeks|months|years|hours|minutes|km|miles|kilometres|kilometers|acres|hectares|tonnes|tons|litres|liters\n            |kilograms?|kilos|kg|grams?|g|pounds|lbs?|ounces|oz|metres|meters|m|centimetres|centimeters|cm|feet|ft|inches|degrees|points|goals|runs|games|matches|episodes|pages|copies|visitors|passengers|participants|members|children|cars|vehicles|beds|flights|trains|buses)\\b)\n  | \\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+XX\\b\n)\nS27,1,p,9:prefilterQ27,12,30:S27,13,s,2:$xS27,19,s,4:€xS27,25,s,3:£xS27,31,s,3:¥xS27,37,s,4:\\bx%S27,45,s,4:\\bxxS27,53,s,4:\\bx,S27,61,s,4:\\bx.S27,69,s,6:\\b19xxS27,79,s,6:\\b20xxS27,89,s,9:\\bpercentS27,102,s,7:\\bper\\bS27,113,s,9:\\bmillionS27,126,s,9:\\bbillionS27,139,s,10:\\btrillionS27,153,s,10:\\bthousandS27,167,s,6:\\bbn\\bS27,177,s,6:\\bmn\\bS27,187,s,7:\\bpor\\bS27,198,s,10:\\bmillonesS27,212,s,7:\\bmil\\bS27,223,s,8:\\bpour\\bS27,235,s,10:\\bmilliardS27,249,s,9:\\bprozentS27,262,s,5:\\bmioS27,271,s,5:\\bmrdS27,280,s,6:\\bmilhS27,290,s,6:\\bbilhS27,300,s,9:\\bmilioniS27,313,s,10:\\bmiliardiS28,1,p,8:examplesM29,3,2:S29,3,p,10:triggeringQ30,5,4:S30,7,l,47:Revenue rose to ↓$XX million in the quarter.\nS32,7,l,79:Ridership is up ↓X% on last year, and the fleet will be replaced by ↓20XX.\nS34,7,l,85:The average ticket now costs ↓€X,XX and the scheme reached ↓XX,XXX households.\nS36,7,l,45:Die Fahrgastzahlen stiegen um ↓XX Prozent.\nS38,3,p,14:non_triggeringQ39,5,2:S39,7,l,154:Pope Pius XII met the delegation before Super Bowl XX was played.\nShe posted on X that turnout was 40 percent, and the X account has 2 million followers.\nS42,7,l,56:Malcolm X spoke there in 1964; the XXL shirts sold out.\n",
        "assistant-residue/knowledge_cutoff.yml": "M1,1,14:S1,1,p,2:idS1,5,p,16:knowledge_cutoffS2,1,p,4:nameS2,7,p,27:Knowledge Cutoff DisclaimerS3,1,p,7:summaryS3,10,p,86:A model's training-cutoff or no-real-time-data disclaimer is published in the article.S4,1,p,8:categoryS4,11,p,17:assistant-residueS5,1,p,8:severityS5,11,p,5:errorS6,1,p,6:originS6,9,f,357:../shared/cases/TAXONOMY.md §5 knowledge_cutoff (404 Media on Google Books; allenai/open-instruct filter_cutoff_date.py); issue 14 capability 1: first-person possessive × update/cutoff/training noun, first-person \"no access\" × real-time data, in English, Spanish, French, German, Portuguese and Italian. A newsroom's \"As of our last update\" stays silent.S11,1,p,7:messageS11,10,d,51:Knowledge-cutoff disclaimer in the article: {match}S12,1,p,4:skipQ12,7,2:S12,8,p,10:quotationsS12,20,p,4:codeS13,1,p,12:page_residueS13,15,p,4:trueS14,1,p,8:extendedS14,11,p,4:trueS15,1,p,7:patternS15,10,l,4101:(?: \\b(?:as\\s+of|up\\s+to|until)\\s+my\\s+(?:last|latest|most\\s+recent|final)?\\s*(?:knowledge|training|data)?\\s*(?:update|cutoff|cut-off|training(?:\\s+data)?)\\b [^,.\\n]*\n  | \\b(?:since|after|based\\s+on|beyond)\\s+my\\s+(?:last\\s+|latest\\s+)?(?:knowledge|training)\\s*(?:update|cutoff|cut-off|data)\\b [^,.\\n]*\n  | \\bmy\\s+(?:knowledge|training)(?:\\s+data)?\\s+(?:cutoff|cut-off)\\b\n  | \\bmy\\s+(?:training\\s+data|knowledge|information|data)\\s+(?:only\\s+)?(?:goes|extends|runs|is\\s+current|is\\s+up\\s+to\\s+date)\\s+(?:up\\s+)?(?:to|until|through|as\\s+of)\\b [^,.\\n]*\n  | \\bi\\s+(?:don['’]t|do\\s+not)\\s+have\\s+(?:access\\s+to\\s+)?(?:the\\s+)?(?:real-time|realtime|current|live|up-to-date|the\\s+latest|latest)\\s+[\\w-]+\n  | \\bi\\s+(?:can['’]t|cannot|am\\s+unable\\s+to|['’]m\\s+unable\\s+to|am\\s+not\\s+able\\s+to)\\s+(?:browse|access|search)\\s+(?:the\\s+)?(?:internet|web|live\\s+\\w+|real-time\\s+\\w+)\\b\n  # Any language: a first-person possessive on a noun phrase that only names a model's own\n  # knowledge or training (\"de acuerdo con mi última actualización de conocimientos\", \"d'après\n  # mes données d'entraînement\", \"i miei dati di addestramento\"), whatever precedes it.\n  | \\b(?:my|mi|mis|ma|mon|mes|mein|meine[mnrs]?|minha|minhas|meu|meus|mio|mia|miei|mie)\\s+\n      (?:(?:last|latest|most\\s+recent|[uú]ltim[oa]s?|derni[eè]res?|letzte[mnrs]?|ultim[oai])\\s+)?\n      (?:(?:knowledge|training)\\s+(?:update|cutoff|cut-off|data)\n        | actualizaci[oó]n\\s+de\\s+(?:mis\\s+)?conocimientos | datos\\s+de\\s+entrenamiento | corte\\s+de\\s+conocimientos?\n        | mise\\s+[àa]\\s+jour\\s+des?\\s+(?:mes\\s+)?connaissances | donn[ée]es\\s+d['’]entra[îi]nement\n        | Trainingsdaten | Trainingsstand | Wissens-?(?:update|aktualisierung)\n        | atualiza[çc][ãa]o\\s+d[eo]s?\\s+(?:meus\\s+)?conhecimentos? | dados\\s+de\\s+(?:treinamento|treino) | corte\\s+de\\s+conhecimento\n        | aggiornamento\\s+delle\\s+(?:mie\\s+)?conoscenze | dati\\s+di\\s+(?:addestramento|training) )\\b [^,.\\n]*\n  # Spanish\n  | \\b(?:hasta|seg[uú]n|desde)\\s+(?:la\\s+fecha\\s+de\\s+)?mi\\s+(?:[uú]ltima\\s+)?(?:actualizaci[oó]n|fecha\\s+de\\s+corte|corte\\s+de\\s+conocimientos?|entrenamiento)\\b [^,.\\n]*\n  | \\bno\\s+tengo\\s+acceso\\s+a\\s+(?:la\\s+)?(?:informaci[oó]n|datos|cifras|noticias)\\s+(?:en\\s+tiempo\\s+real|actualizad[oa]s?|recientes|m[aá]s\\s+recientes)\\b\n  | \\bmis\\s+conocimientos\\s+(?:llegan|se\\s+extienden|est[aá]n\\s+actualizados)\\s+hasta\\b [^,.\\n]*\n  # French\n  | \\b(?:jusqu['’][àa]|[àa]\\s+la\\s+date\\s+de|selon|lors\\s+de|depuis)\\s+ma\\s+(?:derni[eè]re\\s+)?(?:mise\\s+[àa]\\s+jour|date\\s+(?:limite|de\\s+coupure)|formation)\\b [^,.\\n]*\n  | \\bje\\s+n['’]ai\\s+pas\\s+acc[eè]s\\s+(?:[àa]\\s+des|aux)\\s+(?:informations|donn[ée]es|chiffres)\\s+(?:en\\s+temps\\s+r[ée]el|[àa]\\s+jour|r[ée]centes)\\b\n  | \\bmes\\s+connaissances\\s+(?:s['’]arr[eê]tent|sont\\s+[àa]\\s+jour|datent|vont)\\b [^,.\\n]*\n  # German\n  | \\b(?:stand|nach\\s+dem\\s+stand)\\s+meine[rs]\\s+(?:letzten\\s+)?(?:wissensstand(?:es|s)?|trainings\\w*|wissens-?updates?|aktualisierung)\\b [^,.\\n]*\n  | \\bmein\\s+(?:wissensstand|trainingsstand|wissen)\\s+(?:reicht|endet|geht)\\s+(?:nur\\s+)?bis\\b [^,.\\n]*\n  | \\bmeine\\s+trainingsdaten\\s+(?:reichen|enden|gehen)\\b [^,.\\n]*\n  | \\bich\\s+habe\\s+keinen\\s+zugriff\\s+auf\\s+(?:aktuelle|echtzeit|live)[\\w-]*\\b\n  # Portuguese\n  | \\bat[ée]\\s+(?:[àa]\\s+data\\s+d[ao]\\s+)?(?:[àa]\\s+)?(?:minha|o\\s+meu|meu)\\s+(?:[uú]ltim[oa]\\s+)?(?:atualiza[çc][ãa]o|corte\\s+de\\s+conhecimento|treinamento|treino)\\b [^,.\\n]*\n  | \\bn[ãa]o\\s+tenho\\s+acesso\\s+a(?:os)?\\s+(?:informa[çc][õo]es|dados|n[úu]meros|boletins)\\s+(?:em\\s+tempo\\s+real|atualizad[oa]s|recentes|mais\\s+recentes)\\b\n  | \\bmeu\\s+conhecimento\\s+(?:vai|se\\s+estende|est[áa]\\s+atualizado)\\s+at[ée]\\b [^,.\\n]*\n  # Italian\n  | \\b(?:fino\\s+al(?:la)?|al(?:la)?\\s+data\\s+del(?:la)?|secondo\\s+il|secondo\\s+la|dal(?:la)?)\\s+mi[oa]\\s+(?:ultim[oa]\\s+)?(?:aggiornamento|data\\s+(?:di\\s+cutoff|limite)|addestramento)\\b [^,.\\n]*\n  | \\bnon\\s+ho\\s+accesso\\s+a\\s+(?:informazioni|dati|notizie)\\s+(?:in\\s+tempo\\s+reale|aggiornat[ei]|recenti)\\b\n  | \\ble\\s+mie\\s+conoscenze\\s+(?:si\\s+fermano|arrivano|sono\\s+aggiornate)\\b [^,.\\n]*\n)\nS55,1,p,9:prefilterQ55,12,34:S55,13,s,6:\\bmy\\bS55,23,s,7:\\bmon\\bS55,34,s,7:\\bmes\\bS55,45,s,8:\\bmeus\\bS55,57,s,10:\\bminhas\\bS55,71,s,8:\\bmiei\\bS55,83,s,7:\\bdon'tS55,95,s,9:\\bdon’tQ55,106,2:S55,107,s,7:\\bnot\\bS55,118,s,8:\\bhave\\bS55,131,s,8:\\bbrowseS55,143,s,10:\\binternetQ55,157,2:S55,158,s,8:\\baccessS55,170,s,7:\\bweb\\bQ55,182,2:S55,183,s,8:\\baccessS55,195,s,8:\\blive\\bQ55,208,2:S55,209,s,8:\\baccessS55,221,s,11:\\breal-timeQ55,237,2:S55,238,s,8:\\bsearchS55,250,s,7:\\bweb\\bS55,262,s,6:\\bmi\\bS55,272,s,9:\\btengo\\bS55,285,s,7:\\bmis\\bS55,296,s,6:\\bma\\bS55,306,s,6:\\bn'aiS55,317,s,8:\\bn’aiS55,327,s,15:\\bconnaissancesS55,346,s,7:\\bmeineS55,357,s,8:\\bmein\\bS55,369,s,7:\\bich\\bS55,380,s,9:\\bminha\\bS55,393,s,7:\\bmeu\\bS55,404,s,9:\\btenho\\bS55,417,s,7:\\bmio\\bS55,428,s,7:\\bmia\\bS55,439,s,6:\\bho\\bS55,449,s,7:\\bmie\\bS55,460,s,8:\\bcutoffS55,472,s,9:\\bcut-offS56,1,p,6:startsQ56,9,44:S56,10,s,4:\\bmiS56,18,s,4:\\bmaS56,26,s,5:\\bmonS56,35,s,5:\\bmesS56,44,s,6:\\bmeinS56,54,s,7:\\bminhaS56,65,s,5:\\bmeuS56,74,s,5:\\bmioS56,83,s,5:\\bmiaS56,92,s,5:\\bmieS56,101,s,4:\\basS56,109,s,4:\\bupS56,117,s,7:\\buntilS56,128,s,7:\\bsinceS56,139,s,7:\\bafterS56,150,s,7:\\bbasedS56,161,s,8:\\bbeyondS56,173,s,4:\\bmyS56,181,s,5:\\bi\\sS56,190,s,7:\\bhastaS56,201,s,5:\\bsegS56,210,s,7:\\bdesdeS56,221,s,4:\\bnoS56,229,s,5:\\bmisS56,238,s,7:\\bjusquS56,249,s,5:\\ba\\sS56,258,s,7:\\bselonS56,269,s,6:\\blorsS56,279,s,8:\\bdepuisS56,291,s,4:\\bjeS56,299,s,5:\\bmesS56,308,s,7:\\bstandS56,319,s,6:\\bnachS56,329,s,6:\\bmeinS56,339,s,5:\\bichS56,348,s,4:\\batS56,356,s,4:\\bnaS56,364,s,5:\\bn\\uS56,373,s,5:\\bmeuS56,382,s,6:\\bfinoS56,392,s,4:\\balS56,400,s,4:\\bdaS56,408,s,9:\\bsecondoS56,421,s,4:\\bleS57,1,p,8:examplesM58,3,2:S58,3,p,10:triggeringQ59,5,10:S59,7,l,138:The central bank held its rate at 3.25 percent.\n↓As of my last knowledge update in January 2024, the bank had not signalled any change.\nS62,7,l,78:↓I don't have access to real-time information, so check the bank's website.\nS64,7,l,62:↓Up to my latest training data, the line had four stations.\nS66,7,l,63:↓Hasta mi última actualización, el embalse estaba al 40 %.\nS68,7,l,73:Conforme a ↓mis datos de entrenamiento, el puerto tenía tres muelles.\nS70,7,l,75:D'après ↓mes données d'entraînement, la ligne comptait huit stations.\nS72,7,l,74:↓Jusqu'à ma dernière mise à jour, le chantier n'avait pas commencé.\nS74,7,l,64:↓Stand meines letzten Wissensstands war die Brücke gesperrt.\nS76,7,l,61:↓Até a minha última atualização, a obra estava parada.\nS78,7,l,62:↓Non ho accesso a informazioni in tempo reale sul traffico.\nS80,3,p,14:non_triggeringQ81,5,3:S81,7,l,59:As of our last update at 6 p.m., the road remained closed.\nS83,7,l,78:Chatbots often mention their knowledge cutoff when asked about recent events.\nS85,7,l,58:Selon ma source au ministère, le texte sera voté lundi.\n",
        "assistant-residue/reasoning_leak.yml": "M1,1,14:S1,1,p,2:idS1,5,p,14:reasoning_leakS2,1,p,4:nameS2,7,p,14:Reasoning LeakS3,1,p,7:summaryS3,10,p,85:A reasoning model's thinking block or planning monologue is published in the article.S4,1,p,8:categoryS4,11,p,17:assistant-residueS5,1,p,8:severityS5,11,p,5:errorS6,1,p,6:repairS6,9,p,8:sentenceS7,1,p,6:originS7,9,f,378:../shared/cases/TAXONOMY.md §11 reasoning_leak (jundot/omlx#2860; Rapid-MLX#875; open-instruct's think-tag stripping); issue 14 capability 1: think tags, and planning monologue as a grammar (a filler opener × the requester or a first-person plan; a first-person plan verb × the text being written), with the requester nouns of Spanish, French, German, Portuguese and Italian.S12,1,p,7:messageS12,10,d,49:Model reasoning published in the article: {match}S13,1,p,4:skipQ13,7,2:S13,8,p,10:quotationsS13,20,p,4:codeS14,1,p,8:extendedS14,11,p,4:trueS15,1,p,7:patternS15,10,l,4036:(?(DEFINE)\n  (?<plan> make\\s+sure|keep|mention|include|start|begin|open|lead|structure|check|double-check|verify|avoid|focus|note|emphasi[sz]e|highlight\n         |add|end|wrap\\s+up|close|draft|write|outline|frame|present|summari[sz]e|recall|cover|figure\\s+out|think\\s+about|consider|organi[sz]e|use|stick|put|go\\s+with\n         |lay\\s+out|set\\s+out|explain|describe|walk\\s+through|break\\s+down|go\\s+through|run\\s+through|list|finish|sketch|map\\s+out|establish)\n  (?<piece> article|piece|draft|summary|headline|lede|lead|intro(?:duction)?|tone|structure|word\\s+count|words|paragraphs?|conclusion|quotes?|sources?|jargon|reader|user|request|prompt|brief|story|sidebar|table|breakdown|angle|nut\\s+graf|sections?|closing|ending|outline)\n  (?<user> the\\s+user | el\\s+usuario | la\\s+usuaria | l['’]utilisateur | l['’]utilisatrice | der\\s+(?:be)?nutzer | die\\s+(?:be)?nutzerin | o\\s+usu[áa]rio | a\\s+usu[áa]ria | l['’]utente )\n  (?<want> wants|wanted|asked|is\\s+asking|needs|requested|would\\s+like|has\\s+asked|gave|provided\n         | quiere|pide|ha\\s+pedido|solicita|necesita | veut|demande|souhaite|a\\s+demand[ée] | m[öo]chte|will|bittet|w[üu]nscht|hat\\s+gebeten\n         | quer|pede|pediu|solicita|precisa | vuole|chiede|ha\\s+chiesto|desidera )\n  (?<me> i\\s+should|i\\s+need\\s+to|i['’]ll|i\\s+will|i\\s+must|let\\s+me|i\\s+have\\s+to|i\\s+can|i['’]m\\s+going\\s+to|maybe\\s+i\n       | debo|tengo\\s+que|voy\\s+a|deber[ií]a | je\\s+dois|je\\s+vais|je\\s+devrais | ich\\s+sollte|ich\\s+muss|ich\\s+werde\n       | sollte\\s+ich|muss\\s+ich|werde\\s+ich | devo|preciso|vou|deveria | dovrei|vado\\s+a|posso )\n)\n# Think tags are left to the Swift analyzer reasoning_block, which reads them in the source\n# (a Markdown reader drops a <think> line, and the block's text, as an HTML block).\n(?: # A filler opener, then the requester or a first-person plan.\n    (?:^|(?<=\\x{2028}))[ \\t]* (?:okay|ok|alright|all\\s+right|hmm+|right|so|well|now|wait|first|next|vale|bueno|bon|alors|d['’]accord|also|gut|allora|ok[,.]?\\s+ent[ãa]o|bem)[,.!]?\\s+(?:so,?\\s+)?\n      (?: (?&user)\\s+(?&want) | (?&me)\\s+(?:\\w+\\s+){0,3}?(?&plan)\\b (?=[^\\n]*\\b(?&piece)\\b) ) [^\\n]*\n  # The requester and a first-person plan in the same sentence, in either order.\n  | \\b(?&user)\\s+(?&want)\\b [^.\\n]*? \\b(?&me)\\b [^\\n]*\n  | \\b(?&me)\\b [^.\\n]*? \\b(?&user)\\s+(?&want)\\b [^\\n]*\n  # A writing plan opening a sentence: a first-person plan (\"Let me\", \"I'll\", \"First, I'll\", \"Now I\n  # should\") with a verb of composing and a part of the text in the same sentence, chained to a\n  # second step (\"…, then I should add quotes\") or bounded by a word count (\"keep it under 400\n  # words\"): the plan of the text in progress, which a columnist's \"I'll\" does not lay out.\n  | (?:^|(?<=\\x{2028})|(?<=[.!?]\\s)) [ \\t]* (?:(?:now|next|then|first|so|okay|ok|alright|right)[,]?\\s+)?\n      (?:let\\s+me|i['’]ll|i\\s+will|i\\s+should|i\\s+need\\s+to|i['’]m\\s+going\\s+to|i\\s+am\\s+going\\s+to|i\\s+must|i['’]d\\s+better) \\s+\n      (?: (?=[^.!?\\n]*?\\b(?&plan)\\b) (?=[^.!?\\n]*?\\b(?&piece)\\b)\n          (?=[^.!?\\n]*? (?: \\b(?:then|next|after\\s+that|afterwards|finally|and\\s+then)\\s*,?\\s+(?&me)\\b\n                          | [,;:]\\s*(?:first|then)\\s*,?\\s+(?&me)\\b\n                          | \\b(?:under|below|around|about|within|at\\s+most)\\s+\\d+\\s+words\\b ))\n        # Or two steps of composing chained (\"I'll add the reaction, and then I should close with …\").\n        | (?=(?:also\\s+|probably\\s+|first\\s+)?(?&plan)\\b [^.!?\\n]*? \\b(?:then|next|after\\s+that|afterwards|finally)\\s*,?\\s+(?&me)\\s+(?:also\\s+|probably\\s+)?(?&plan)\\b) )\n      [^\\n]*? (?:[.!?](?=\\s|$)|$)\n  # A first-person plan about the text being written, opening a line.\n  | (?:^|(?<=\\x{2028}))[ \\t]* (?:let\\s+me|i\\s+should|i\\s+need\\s+to|i['’]ll\\s+need\\s+to|i\\s+will\\s+need\\s+to|first,?\\s+i['’]ll|first,?\\s+i\\s+(?:should|need\\s+to|will))\\s+(?:also\\s+|probably\\s+|first\\s+)?(?&plan)\\b\n      [^.\\n]*? \\b(?:the|my|this)\\s+(?:\\w+\\s+)?(?&piece)\\b [^.\\n]* [.;]? [^\\n]*? (?:\\b(?:i\\s+should|i\\s+need\\s+to|i['’]ll|then\\s+i|and\\s+then)\\b [^\\n]*)?\n)\nS54,1,p,9:prefilterQ54,12,37:S54,13,s,7:\\blet\\bS54,24,s,4:\\bi'S54,33,s,6:\\bi’S54,41,s,5:\\bi\\sS54,50,s,8:\\buser\\bS54,62,s,9:\\busuarioS54,75,s,9:\\busuariaS54,88,s,10:\\butilisatS54,102,s,11:’utilisatS54,115,s,8:\\bnutzerS54,127,s,10:\\bbenutzerS54,141,s,5:\\busuS54,150,s,8:\\butenteS54,162,s,9:’utenteS54,173,s,6:^let\\bS54,183,s,4:^i\\bS54,191,s,6:^firstS54,201,s,5:^okayS54,210,s,3:^okS54,217,s,8:^alrightS54,229,s,6:^all\\bS54,239,s,4:^hmmS54,247,s,6:^rightS54,257,s,5:^so\\bS54,266,s,5:^wellS54,275,s,4:^nowS54,283,s,5:^waitS54,292,s,5:^nextS54,301,s,5:^valeS54,310,s,6:^buenoS54,320,s,6:^bon\\bS54,330,s,6:^alorsS54,340,s,2:^dS54,346,s,5:^alsoS54,355,s,4:^gutS54,363,s,7:^alloraS54,374,s,4:^bemS55,1,p,6:startsQ55,9,40:S55,10,s,1:^S55,15,s,5:\\bnowS55,24,s,6:\\bnextS55,34,s,6:\\bthenS55,44,s,7:\\bfirstS55,55,s,6:\\bso\\bS55,65,s,6:\\bokayS55,75,s,6:\\bok\\bS55,85,s,9:\\balrightS55,98,s,7:\\brightS55,109,s,5:\\btheS55,118,s,4:\\belS55,126,s,4:\\blaS55,134,s,4:\\bl'S55,143,s,6:\\bl’S55,151,s,5:\\bderS55,160,s,5:\\bdieS55,169,s,5:\\bo\\sS55,178,s,5:\\ba\\sS55,187,s,5:\\bi\\sS55,196,s,4:\\bi'S55,205,s,6:\\bi’S55,213,s,5:\\bletS55,222,s,7:\\bmaybeS55,233,s,6:\\bdeboS55,243,s,7:\\btengoS55,254,s,5:\\bvoyS55,263,s,7:\\bdeberS55,274,s,4:\\bjeS55,282,s,5:\\bichS55,291,s,8:\\bsollteS55,303,s,6:\\bmussS55,313,s,7:\\bwerdeS55,324,s,6:\\bdevoS55,334,s,9:\\bprecisoS55,347,s,5:\\bvouS55,356,s,9:\\bdeveriaS55,369,s,8:\\bdovreiS55,381,s,6:\\bvadoS55,391,s,7:\\bpossoS56,1,p,8:examplesM57,3,2:S57,3,p,10:triggeringQ58,5,10:S58,7,l,141:<think>\n↓The user wants a short news brief, so I should keep it neutral.\n</think>\nThe footbridge will close for repairs from 3 to 14 June.\nS63,7,l,62:↓Okay, so the user wants an article about the council vote.\nS65,7,l,73:↓Let me open with the vote count and keep the article under 400 words.\nS67,7,l,63:↓Alright, I need to make sure the headline names the school.\nS69,7,l,57:↓Vale, el usuario quiere una crónica corta del pleno.\nS71,7,l,87:↓Der Nutzer möchte einen kurzen Bericht, also sollte ich mit dem Ergebnis beginnen.\nS73,7,l,133:Moreau leads by 41 seconds. ↓Let me think about how to lay out the rest: first I'll give the standings, then I should add a quote.\nS75,7,l,82:↓First, I'll outline the funding figures, then I will add the reaction section.\nS77,7,l,67:↓Now I need to wrap up the article and keep it around 300 words.\nS79,7,l,115:The vote was delayed. ↓Now I'll add the reaction from the opposition, and then I should close with the new date.\nS81,3,p,14:non_triggeringQ82,5,4:S82,7,l,225:I'll admit I was sceptical at first, then I was won over by the second half of the concert.\nLet me start with a confession: I have never liked opera.\nI will write about the budget again next week, when the figures are final.\nS86,7,l,64:Retailers say the user wants faster checkout and fewer pop-ups.\nS88,7,l,54:Let me be clear: the council has made the right call.\nS90,7,l,48:So the council voted, and nobody was surprised.\n",
        "assistant-residue/requester_address.yml": "M1,1,14:S1,1,p,2:idS1,5,p,17:requester_addressS2,1,p,4:nameS2,7,p,31:Turn Addressed to the RequesterS3,1,p,7:summaryS3,10,p,180:A first-person turn speaks to the person who asked for the article (\"based on the details you provided\", \"the user gave me\", \"you'd like me to\", \"let me know and I'll replace it\").S4,1,p,8:categoryS4,11,p,17:assistant-residueS5,1,p,8:severityS5,11,p,5:errorS6,1,p,6:originS6,9,f,342:issue 14 capability 1 (the chat envelope: a first-person turn that speaks to the requester, anywhere in the text); ../shared/cases/TAXONOMY.md cross-cutting rule 4 (first person singular to a second person who is the requester, not the reader) and §10 meta_commentary; word lists for English, Spanish, French, German, Portuguese and Italian.S11,1,p,7:messageS11,10,d,67:Turn addressed to the requester published with the article: {match}S12,1,p,4:skipQ12,7,2:S12,8,p,10:quotationsS12,20,p,4:codeS15,1,p,6:yieldsS15,9,p,4:trueS16,1,p,8:extendedS16,11,p,4:trueS17,1,p,7:patternS17,10,l,3845:(?(DEFINE)\n  # What a requester hands over (not \"your article\" or \"your data\", which a writer may say to a reader).\n  (?<material> notes|prompt|request|instructions|brief|outline|draft|bullet\\s+points|specifications|guidelines|requirements\n             |source\\s+(?:material|text)|original\\s+(?:text|draft|article|version)|details|template|press\\s+release|transcript|figures|facts|quotes|talking\\s+points)\n  (?<gave> provided|shared|gave(?:\\s+me)?|given\\s+me|sent(?:\\s+me|\\s+over)?|supplied|pasted|uploaded|attached|listed|requested|asked\\s+for|included|forwarded|mentioned)\n)\n(?: \\b(?:the|this)\\s+user(?:['’]s)?\\s+(?:gave|provided|shared|sent|supplied|pasted|uploaded)\\s+me\\b [^.\\n]*\n  | \\b(?:the|this)\\s+user['’]s\\s+(?:notes|prompt|request|instructions|brief|outline|draft|input)\\b [^.\\n]*\n  | \\b(?:from|in|based\\s+on|per|as\\s+per|using|following|according\\s+to)\\s+your\\s+(?:own\\s+|original\\s+|initial\\s+|earlier\\s+|first\\s+|full\\s+){0,2}(?&material)\\b [^.\\n]*\n  | \\b(?:the\\s+)?(?:notes|details|information|facts|figures|quotes|points|draft|outline|brief|text|material|press\\s+release|transcript|bullet\\s+points|source\\s+material|numbers|data)\n      \\s+(?:that\\s+)?you(?:['’]ve|\\s+have)?\\s+(?&gave)\\b (?!\\s+(?:when|to|at|during|on|with|for)\\b) [^.\\n]*\n  | \\byou(?:['’]d|\\s+would)\\s+like\\s+me\\s+to\\b [^.\\n]*\n  | \\byou\\s+(?:want|wanted|asked)\\s+me\\s+to\\b [^.\\n]*\n  | \\b(?:as|like)\\s+you\\s+(?:requested|asked(?:\\s+for)?|specified|instructed)\\b [^.\\n]*\n  | \\blet\\s+me\\s+know\\s+(?:and|&)\\s+i['’]ll\\b [^.\\n]*\n  | \\b(?:since|as|because)\\s+you\\s+(?:didn['’]t|did\\s+not|haven['’]t|have\\s+not)\\s+(?:provide|specify|mention|include|give|share|say)\\b [^.\\n]*\n  | \\b(?:please\\s+)?replace\\s+(?:the\\s+|these\\s+|any\\s+)?(?:placeholders?|bracketed\\s+\\w+)\\s+with\\b [^.\\n]*\n  | \\bi['’]ll\\s+(?:replace|update|fill\\s+in|swap)\\s+(?:it|them|that|those|the\\s+(?:placeholder|figure|name|date|details|brackets?|quote))\\b [^.\\n]*\n  # Spanish\n  | \\b(?:la\\s+informaci[oó]n|los\\s+datos|las\\s+notas|el\\s+texto|los\\s+detalles|el\\s+borrador|las\\s+cifras)\\s+que\\s+me\\s+(?:has\\s+|ha\\s+)?(?:proporcionado|proporcionaste|compartido|compartiste|enviado|enviaste|pasado|pasaste|facilitado|facilitaste|dado|diste)\\b [^.\\n]*\n  | \\b(?:seg[uú]n|con\\s+base\\s+en|a\\s+partir\\s+de|basad[oa]\\s+en|bas[aá]ndome\\s+en)\\s+tus\\s+(?:notas|indicaciones|instrucciones|datos|apuntes)\\b [^.\\n]*\n  | \\bcomo\\s+me\\s+(?:pediste|solicitaste|indicaste)\\b [^.\\n]*\n  # French\n  | \\b(?:les\\s+)?(?:informations|notes|[ée]l[ée]ments|donn[ée]es|d[ée]tails|texte|chiffres)\\s+que\\s+vous\\s+m['’]avez\\s+(?:fourni|donn[ée]|transmis|envoy[ée]|communiqu[ée])e?s?\\b [^.\\n]*\n  | \\b(?:selon|d['’]apr[eè]s|[àa]\\s+partir\\s+de)\\s+(?:vos|tes)\\s+(?:notes|indications|instructions|consignes)\\b [^.\\n]*\n  | \\bcomme\\s+vous\\s+me\\s+l['’]avez\\s+demand[ée]\\b [^.\\n]*\n  # German\n  | \\b(?:die|den|das)\\s+(?:du|sie)\\s+mir\\s+(?:\\w+\\s+)?(?:gegeben|geschickt|gesendet|bereitgestellt|genannt|geliefert|[üu]bermittelt)\\s+(?:hast|haben)\\b [^.\\n]*\n  | \\b(?:basierend\\s+auf|anhand|gem[äa][ßs]|laut|aus)\\s+(?:deinen|deiner)\\s+(?:notizen|angaben|anweisungen|informationen|stichpunkten|vorgaben)\\b [^.\\n]*\n  | \\bwie\\s+(?:du|sie)\\s+(?:es\\s+)?(?:gew[üu]nscht|verlangt|angefragt)\\s+(?:hast|haben)\\b [^.\\n]*\n  # Portuguese\n  | \\b(?:as\\s+)?(?:informa[çc][õo]es|notas|dados|detalhes|texto|n[úu]meros)\\s+que\\s+(?:voc[êe]\\s+)?me\\s+(?:forneceu|enviou|passou|compartilhou|deu|mandou)\\b [^.\\n]*\n  | \\bcomo\\s+voc[êe]\\s+(?:pediu|solicitou)\\b [^.\\n]*\n  # Italian\n  | \\b(?:le\\s+)?(?:informazioni|note|dati|dettagli|testo|appunti|cifre)\\s+che\\s+mi\\s+(?:hai|ha|avete)\\s+(?:fornito|fornite|dato|date|inviato|inviate|passato|condiviso|condivise|mandato)\\b [^.\\n]*\n  | \\b(?:in\\s+base\\s+alle|secondo\\s+le|dalle)\\s+tue\\s+(?:note|indicazioni|istruzioni)\\b [^.\\n]*\n  | \\bcome\\s+(?:mi\\s+hai\\s+chiesto|hai\\s+richiesto)\\b [^.\\n]*\n)\nS56,1,p,9:prefilterQ56,12,99:S56,13,s,6:\\buserQ56,23,2:S56,24,s,7:\\byou\\bS56,35,s,10:\\bprovidedQ56,50,2:S56,51,s,7:\\byou\\bS56,62,s,8:\\bsharedQ56,75,2:S56,76,s,7:\\byou\\bS56,87,s,6:\\bgaveQ56,98,2:S56,99,s,7:\\byou\\bS56,110,s,7:\\bgivenQ56,122,2:S56,123,s,7:\\byou\\bS56,134,s,6:\\bsentQ56,145,2:S56,146,s,7:\\byou\\bS56,157,s,10:\\bsuppliedQ56,172,2:S56,173,s,7:\\byou\\bS56,184,s,8:\\bpastedQ56,197,2:S56,198,s,7:\\byou\\bS56,209,s,10:\\buploadedQ56,224,2:S56,225,s,7:\\byou\\bS56,236,s,10:\\battachedQ56,251,2:S56,252,s,7:\\byou\\bS56,263,s,8:\\blistedQ56,276,2:S56,277,s,7:\\byou\\bS56,288,s,11:\\brequestedQ56,304,2:S56,305,s,7:\\byou\\bS56,316,s,7:\\baskedQ56,328,2:S56,329,s,7:\\byou\\bS56,340,s,10:\\bincludedQ56,355,2:S56,356,s,7:\\byou\\bS56,367,s,11:\\bforwardedQ56,383,2:S56,384,s,7:\\byou\\bS56,395,s,11:\\bmentionedQ56,411,2:S56,412,s,8:\\byour\\bS56,424,s,7:\\bnotesQ56,436,2:S56,437,s,8:\\byour\\bS56,449,s,8:\\bpromptQ56,462,2:S56,463,s,8:\\byour\\bS56,475,s,9:\\brequestQ56,489,2:S56,490,s,8:\\byour\\bS56,502,s,14:\\binstructionsQ56,521,2:S56,522,s,8:\\byour\\bS56,534,s,7:\\bbriefQ56,546,2:S56,547,s,8:\\byour\\bS56,559,s,9:\\boutlineQ56,573,2:S56,574,s,8:\\byour\\bS56,586,s,7:\\bdraftQ56,598,2:S56,599,s,8:\\byour\\bS56,611,s,8:\\bbulletQ56,624,2:S56,625,s,8:\\byour\\bS56,637,s,16:\\bspecificationsQ56,658,2:S56,659,s,8:\\byour\\bS56,671,s,12:\\bguidelinesQ56,688,2:S56,689,s,8:\\byour\\bS56,701,s,14:\\brequirementsQ56,720,2:S56,721,s,8:\\byour\\bS56,733,s,8:\\bsourceQ56,746,2:S56,747,s,8:\\byour\\bS56,759,s,10:\\boriginalQ56,774,2:S56,775,s,8:\\byour\\bS56,787,s,9:\\bdetailsQ56,801,2:S56,802,s,8:\\byour\\bS56,814,s,10:\\btemplateQ56,829,2:S56,830,s,8:\\byour\\bS56,842,s,7:\\bpressQ56,854,2:S56,855,s,8:\\byour\\bS56,867,s,12:\\btranscriptQ56,884,2:S56,885,s,8:\\byour\\bS56,897,s,9:\\bfiguresQ56,911,2:S56,912,s,8:\\byour\\bS56,924,s,7:\\bfactsQ56,936,2:S56,937,s,8:\\byour\\bS56,949,s,8:\\bquotesQ56,962,2:S56,963,s,8:\\byour\\bS56,975,s,9:\\btalkingQ56,989,2:S56,990,s,5:\\byouS56,999,s,6:\\bme\\bQ56,1010,2:S56,1011,s,7:\\byou\\bS56,1022,s,11:\\bspecifiedQ56,1038,2:S56,1039,s,7:\\byou\\bS56,1050,s,12:\\binstructedQ56,1067,2:S56,1068,s,7:\\byou\\bS56,1079,s,9:\\bprovideQ56,1093,2:S56,1094,s,7:\\byou\\bS56,1105,s,9:\\bspecifyQ56,1119,2:S56,1120,s,7:\\byou\\bS56,1131,s,9:\\bmentionQ56,1145,2:S56,1146,s,7:\\byou\\bS56,1157,s,9:\\bincludeQ56,1171,2:S56,1172,s,7:\\byou\\bS56,1183,s,6:\\bgiveQ56,1194,2:S56,1195,s,7:\\byou\\bS56,1206,s,7:\\bshareQ56,1218,2:S56,1219,s,7:\\byou\\bS56,1230,s,5:\\bsayQ56,1240,2:S56,1241,s,7:\\blet\\bS56,1252,s,8:\\bknow\\bS56,1265,s,13:\\bplaceholderS56,1282,s,11:\\bbracketedS56,1297,s,9:\\breplaceS56,1310,s,8:\\bfill\\bS56,1322,s,8:\\bswap\\bQ56,1334,2:S56,1335,s,6:\\bi'llS56,1346,s,8:\\bupdateQ56,1359,2:S56,1360,s,8:\\bi’llS56,1370,s,8:\\bupdateS56,1383,s,12:\\bproporcionS56,1399,s,9:\\bcompartS56,1412,s,9:\\benviadoS56,1425,s,10:\\benviasteS56,1439,s,8:\\bpasadoS56,1451,s,9:\\bpasasteS56,1464,s,9:\\bfacilitS56,1477,s,8:\\bdado\\bS56,1489,s,9:\\bdiste\\bS56,1502,s,7:\\btus\\bS56,1513,s,9:\\bpedisteS56,1526,s,13:\\bsolicitasteS56,1543,s,11:\\bindicasteS56,1558,s,8:\\bm'avezS56,1571,s,10:\\bm’avezS56,1583,s,7:\\bvos\\bS56,1594,s,7:\\btes\\bS56,1605,s,8:\\bl'avezS56,1618,s,10:\\bl’avezS56,1630,s,7:\\bmir\\bS56,1641,s,8:\\bdeinenS56,1653,s,8:\\bdeinerS56,1665,s,10:\\bverlangtS56,1679,s,11:\\bangefragtS56,1694,s,5:\\bgewS56,1703,s,10:\\bforneceuS56,1717,s,8:\\benviouS56,1729,s,8:\\bpassouS56,1741,s,14:\\bcompartilhouS56,1759,s,7:\\bdeu\\bS56,1770,s,8:\\bmandouS56,1782,s,7:\\bpediuS56,1793,s,11:\\bsolicitouS56,1808,s,8:\\bfornitS56,1820,s,8:\\bdato\\bS56,1832,s,8:\\bdate\\bS56,1844,s,9:\\binviatoS56,1857,s,9:\\binviateS56,1870,s,9:\\bpassatoS56,1883,s,10:\\bcondivisS56,1897,s,9:\\bmandatoS56,1910,s,7:\\btue\\bS56,1921,s,9:\\bchiestoS56,1934,s,11:\\brichiestoS57,1,p,6:startsQ57,9,62:S57,10,s,5:\\btheS57,19,s,6:\\bthisS57,29,s,6:\\bfromS57,39,s,4:\\binS57,47,s,5:\\bbasS57,56,s,5:\\bperS57,65,s,4:\\basS57,73,s,7:\\busingS57,84,s,11:\\bfollowingS57,99,s,11:\\baccordingS57,114,s,5:\\bnotS57,123,s,4:\\bdeS57,131,s,7:\\bfactsS57,142,s,9:\\bfiguresS57,155,s,8:\\bquotesS57,167,s,8:\\bpointsS57,179,s,7:\\bdraftS57,190,s,9:\\boutlineS57,203,s,7:\\bbriefS57,214,s,6:\\btextS57,224,s,10:\\bmaterialS57,238,s,7:\\bpressS57,249,s,12:\\btranscriptS57,265,s,8:\\bbulletS57,277,s,8:\\bsourceS57,289,s,5:\\bnumS57,298,s,5:\\bn\\uS57,307,s,4:\\bdaS57,315,s,5:\\byouS57,324,s,6:\\blikeS57,334,s,5:\\bletS57,343,s,7:\\bsinceS57,354,s,9:\\bbecauseS57,367,s,8:\\bpleaseS57,379,s,9:\\breplaceS57,392,s,6:\\bi'llS57,403,s,8:\\bi’llS57,413,s,4:\\blaS57,421,s,5:\\blosS57,430,s,4:\\belS57,438,s,5:\\bsegS57,447,s,5:\\bconS57,456,s,5:\\ba\\sS57,465,s,5:\\bcomS57,474,s,4:\\bleS57,482,s,6:\\bdonnS57,492,s,5:\\bd\\uS57,501,s,10:\\bchiffresS57,515,s,7:\\bselonS57,526,s,4:\\bd'S57,535,s,6:\\bd’S57,543,s,5:\\bdieS57,552,s,5:\\bdasS57,561,s,8:\\banhandS57,573,s,5:\\bgemS57,582,s,6:\\blautS57,592,s,5:\\bausS57,601,s,5:\\bwieS57,610,s,7:\\btestoS57,621,s,9:\\bappuntiS57,634,s,7:\\bcifreS57,645,s,9:\\bsecondoS58,1,p,8:examplesM59,3,2:S59,3,p,10:triggeringQ60,5,10:S60,7,l,100:The pool reopens in May.\nI've used the figures ↓from your notes, rounded to the nearest thousand.\nS63,7,l,67:Based on ↓the details you provided, the pool will reopen in May.\nS65,7,l,62:If ↓you'd like me to add the opening hours, send them over.\nS67,7,l,89:The pool cost 4 million to repair, though ↓the user gave me no date for the reopening.\nS69,7,l,59:↓Since you didn't mention the contractor, I left it out.\nS71,7,l,64:Con ↓los datos que me has enviado, la piscina reabre en mayo.\nS73,7,l,49:↓D'après vos notes, la piscine rouvre en mai.\nS75,7,l,56:↓Basierend auf deinen Notizen öffnet das Bad im Mai.\nS77,7,l,69:Com base nas ↓notas que você me enviou, a piscina reabre em maio.\nS79,7,l,54:↓In base alle tue note, la piscina riapre a maggio.\nS81,3,p,14:non_triggeringQ82,5,4:S82,7,l,64:Retailers say the user wants faster checkout and fewer pop-ups.\nS84,7,l,64:Readers can send us the information you have about the closure.\nS86,7,l,51:Laut ihren Angaben wurde das Bad im Mai geöffnet.\nS88,7,l,52:Segundo suas declarações, a obra termina em maio.\n",
        "assistant-residue/seo_field_label.yml": "M1,1,13:S1,1,p,2:idS1,5,p,15:seo_field_labelS2,1,p,4:nameS2,7,p,20:Template Field LabelS3,1,p,7:summaryS3,10,p,123:A content template's field labels (\"Title:\", \"Slug:\", \"Excerpt:\", \"Meta description:\") open or close the published article.S4,1,p,8:categoryS4,11,p,17:assistant-residueS5,1,p,8:severityS5,11,p,5:errorS6,1,p,6:originS6,9,f,386:../shared/cases/TAXONOMY.md §10 meta_commentary (auto-blog prompts that ban \"Title:\" and \"Meta description:\" labels); issue 14 capability 1: SEO field labels in the chat envelope (the first lines, the headline included, and the last lines), in English, Spanish, French, German, Portuguese and Italian. \"Editor's note:\", \"Correction:\" and Q&A labels are newsroom labels and stay silent.S11,1,p,7:messageS11,10,d,62:Template field label at the top or end of the article: {match}S12,1,p,5:scopeS12,8,p,8:envelopeS13,1,p,5:linesS13,8,p,1:6S14,1,p,4:skipQ14,7,1:S14,8,p,4:codeS15,1,p,8:extendedS15,11,p,4:trueS16,1,p,7:patternS16,10,l,2109:(?(DEFINE)\n  # Labels that only a template or an SEO plug-in writes.\n  (?<strong> (?:seo\\s+|meta\\s+)?title\\s+tag | seo\\s+(?:title|headline|description) | (?:url\\s+)?slug | permalink | excerpt | meta[-\\s]?(?:description|title|tags?) | focus\\s+(?:keyword|keyphrase)s?\n           | (?:primary|secondary|target|seo)\\s+keywords? | keywords? | alt\\s+text | featured\\s+image | suggested\\s+(?:title|headline)s?\n           | meta[-\\s]?descripci[oó]n | descripci[oó]n\\s+meta | palabras?\\s+clave | extracto | m[ée]ta[-\\s]?description | mots?[-\\s]cl[ée]s? | extrait\n           | meta[-\\s]?beschreibung | fokus[-\\s]?keyword | schl[üu]sselw[öo]rter | auszug | teaser | meta[-\\s]?descri[çc][ãa]o | palavras?[-\\s]chave | resumo\\s+seo\n           | meta[-\\s]?descrizione | parole?\\s+chiave | estratto\n           # A headline or dek given as a field: a newsroom prints the headline, not its label.\n           | headline | sub-?headline | subhead | dek | [üu]berschrift )\n  # Labels that a newsroom page may also print (a book's \"Title:\"): only with another label near them.\n  # \"Tags:\" also ends many a published article (a CMS footer): only beside another label.\n  (?<soft> tags | title | subtitle | lede | t[íi]tulo | subt[íi]tulo | titular | titre | sous-titre | chap[ôo] | titel | untertitel | titolo | sottotitolo | occhiello )\n  (?<slab> [*_]{0,2} (?&strong) [*_]{0,2} [ \\t]* [:：] )\n  (?<flab> [*_]{0,2} (?&soft) [*_]{0,2} [ \\t]* [:：] )\n  (?<label> (?&slab) | (?&flab) )\n  # A label's value ends at the line's end or before the next label (Markdown joins a paragraph's lines).\n  (?<value> [ \\t]* \\S [^\\n]*? (?= \\s+ (?&label) | [ \\t]* $ ) )\n)\n(?: (?:^|(?<=\\x{2028})) [ \\t]* (?&slab) (?&value)\n  # A label a newsroom may also print counts with another label after it, or on the first line.\n  | (?:^|(?<=\\x{2028})) [ \\t]* (?&flab) (?&value) (?= \\s+ (?&label) | [^\\n]* (?:\\n[^\\n]*){0,5}? [\\n\\x{2028}] [ \\t]* (?&label) )\n  # The first line of the text (after front matter, which the prose view blanks).\n  | \\G \\s*+ (?&flab) (?&value)\n  # The next label of a block of labels.\n  | \\G \\s+ \\K (?&label) (?&value) )\nS42,1,p,8:examplesM43,3,2:S43,3,p,10:triggeringQ44,5,5:S44,7,l,101:↓Title: Harbour Festival Draws Record Crowds\n\nThe harbour festival drew 40,000 people on Saturday.\nS48,7,l,204:Harbour Festival Draws Record Crowds\n↓Slug: harbour-festival-record-crowds\n↓Meta description: The harbour festival drew a record 40,000 visitors.\n\nThe harbour festival drew 40,000 people on Saturday.\nS54,7,l,94:↓Titre : Le festival du port bat son record\n\nLe festival a attiré 40 000 personnes samedi.\nS58,7,l,45:↓Palabras clave: festival, puerto, récord\nS60,7,l,190:The harbour festival drew 40,000 people on Saturday.\n\nStalls stayed open until midnight.\n\nOrganisers will meet in May to plan next year's event.\n\n↓URL slug: harbour-festival-record-crowds\nS68,3,p,14:non_triggeringQ69,5,3:S69,7,l,81:Book of the Week\n\nTitle: The Salt Road\nAuthor: Mira Castell\nPublisher: Northgate\nS75,7,l,105:Editor's note: This article was updated on Monday.\n\nThe harbour festival drew 40,000 people on Saturday.\nS79,7,l,55:Q: When does the festival start?\nA: On Friday at noon.\n",
        "assistant-residue/template_placeholder.yml": "M1,1,13:S1,1,p,2:idS1,5,p,20:template_placeholderS2,1,p,4:nameS2,7,p,22:Unfilled Template SlotS3,1,p,7:summaryS3,10,p,83:A template slot (\"[Insert company name]\", \"{{name}}\", \"[[TEAM]]\") was never filled.S4,1,p,8:categoryS4,11,p,17:assistant-residueS5,1,p,8:severityS5,11,p,5:errorS6,1,p,6:originS6,9,f,117:../shared/cases/TAXONOMY.md §7 placeholder (Gannett/LedeAI \"[[…_MASCOT]]\" ledes, Aug 2023; open_deep_research#59).S9,1,p,7:messageS9,10,d,31:Unfilled template slot: {match}S10,1,p,8:caselessS10,11,p,5:falseS12,1,p,12:front_matterS12,15,p,4:trueS13,1,p,8:extendedS13,11,p,4:trueS14,1,p,7:patternS14,10,l,2941:(?(DEFINE)\n  # Slot nouns a template names, Title Case or ALL CAPS, per language.\n  (?<slot> Name|Title|Company|Date|Location|Link|City|Address|Number|Figure|Quote|Source|URL|Time|Day|Year|Amount|Price|Percentage|Percent|Age|Role|Position|Organi[sz]ation|Agency|Team|Score|Venue|Event|Product|Phone|Email|Website|Headline|Statistic|Stat|Detail|Details\n        |Credit|Caption|Byline|Author|Photographer|Reporter|Nombre|Fecha|Ciudad|Empresa|Cifra|Cita|Enlace|Nom|Ville|Entreprise|Chiffre|Citation|Lien|Datum|Stadt|Firma|Unternehmen|Zahl|Zitat|Nome|Data|Cidade|Empresa|N[úu]mero|Citt[àa]|Azienda|Cifra|Citazione)\n  (?<SLOT> NAME|TITLE|COMPANY|DATE|LOCATION|LINK|CITY|ADDRESS|NUMBER|FIGURE|QUOTE|SOURCE|URL|TIME|DAY|YEAR|AMOUNT|PRICE|PERCENTAGE|PERCENT|AGE|ROLE|POSITION|ORGANI[SZ]ATION|AGENCY|TEAM|SCORE|VENUE|EVENT|PRODUCT|PHONE|EMAIL|WEBSITE|HEADLINE|STATISTIC|DETAILS?|PLACEHOLDER|CREDIT|CAPTION|BYLINE|AUTHOR|PHOTOGRAPHER|REPORTER|TBD|TBC|TK|TKTK|INSERT|SPOKESPERSON|OFFICIAL|NOMBRE|FECHA|CIUDAD|NOM|VILLE|DATUM|STADT|NOME|DATA|CIDADE|CITT[AÀ])\n)\n(?: \\[ (?:Insert|Enter|Add|Your|Include|Fill\\s+in|Placeholder|INSERT|ENTER|YOUR|ADD\n        |Insertar|Inserte|Introduce|Incluir|Agregar|A[ñn]adir|Ins[ée]rer|Ins[ée]rez|Ajouter|Einf[üu]gen|F[üu]ge\\s+ein|Inserir|Insira|Adicionar|Inserire|Inserisci|Aggiungere) \\b [^\\]\\n]{0,80} \\](?!\\()\n  | \\[ (?:Tu|Su|Votre|Ton|Ta|Dein|Deine|Ihr|Ihre|Seu|Sua|Tuo|Tua) \\s+ (?:[\\w'’-]+\\s+){0,2} (?&slot) \\](?!\\()\n  | \\[ (?:[A-Z][\\w'’-]*\\s){0,3} (?&slot) \\](?!\\()\n  | \\[ (?&slot) \\s+ (?:of|for|to|de|del|de\\s+la|du|des|der|des|do|da|dos|das|di|della|dello|dei|degli) \\b [^\\]\\n]{0,60} \\](?!\\()\n  | \\[ (?:[A-Z]+ \\s* [\\s_/|-] \\s*){0,3} (?&SLOT) (?: \\s* [\\s_/|-] \\s* [A-Z]+){0,3} \\]\n  | \\[\\[ [A-Z][A-Z0-9_]* \\]\\]\n  # Any word in capitals in brackets where the sentence needs a noun phrase, after a preposition\n  # or an article (\"flooding across [REGION]\", \"the [VENUE]\"): a slot whatever its noun. A label\n  # such as \"[VIDEO]\" or \"[UPDATED]\" stands before or after a headline, not after \"across\".\n  | \\b(?:in|across|at|of|from|for|to|by|near|with|the|a|an|en|de|del|au|aux|dans|sur|di|da|em|para|por|von|für|im|am|nel|nella)\\s+\\K \\[ (?!(?:PDF|VIDEO|AUDIO|PHOTOS?|GALLERY|UPDATED?|WATCH|LISTEN|LIVE|OPINION|EXCLUSIVE|SPONSORED|SIC|CORRECTED|MAP|CHART|PODCAST)\\]) [A-Z]{3,}(?:[ _-][A-Z]{2,}){0,3} \\] (?!\\()\n  # A mustache slot in prose ({{player_name}}), not template code (issue 17): a dotted path\n  # (Liquid's {{ site.baseurl }}, {{ page.title }}), a filter, Hugo's {{< … >}} and {{ .Title }},\n  # or a slot inside a URL or attribute (\"]({{ x }}/img\", href=\"{{ x }}\") is the site's template;\n  # a slot in parentheses in prose (\"Harwick & Lowe ({{ticker}})\") is a slot.\n  # A full stop after the slot ends the sentence (\"at {{venue_name}}.\"); one before a word is a\n  # file name (\"{{slug}}.html\").\n  | (?<![/=\"'=]) (?<!\\]\\() \\{\\{ \\s* [A-Za-z_]\\w* \\s* \\}\\} (?![\\w/]|\\.\\w)\n  | \\b[Ll]orem\\s+ipsum\\b\n)\nS41,1,p,9:prefilterQ41,12,28:S41,13,s,2:[aS41,19,s,2:[bS41,25,s,2:[cS41,31,s,2:[dS41,37,s,2:[eS41,43,s,2:[fS41,49,s,2:[gS41,55,s,2:[hS41,61,s,2:[iS41,67,s,2:[jS41,73,s,2:[kS41,79,s,2:[lS41,85,s,2:[mS41,91,s,2:[nS41,97,s,2:[oS41,103,s,2:[pS41,109,s,2:[qS41,115,s,2:[rS41,121,s,2:[sS41,127,s,2:[tS41,133,s,2:[uS41,139,s,2:[vS41,145,s,2:[wS41,151,s,2:[xS41,157,s,2:[yS41,163,s,2:[zS41,169,s,2:{{S41,175,s,7:\\bloremS42,1,p,8:examplesM43,3,2:S43,3,p,10:triggeringQ44,5,6:S44,7,l,155:↓[Insert company name] Opens Distribution Centre in Marrow Bay\n\n\"This investment shows our commitment,\" said ↓[Spokesperson Name], head of operations.\nS48,7,l,88:The Harlow Vale ↓[[HOME_TEAM_NICKNAME]] won 3-1, and ↓{{player_name}} scored twice.\nS50,7,l,116:\"It was a tough night,\" said ↓[COACH NAME], whose side lost ↓[Nombre de la empresa] and ↓[Name of the venue].\nS52,7,l,71:Shares in Brannock Foods (↓{{stock_symbol}}) rose after the results.\nS54,7,l,66:Cooking demonstrations run hourly from 11am at ↓{{venue_name}}.\nS56,7,l,55:Heavy rain closed roads across ↓[COUNTY] on Tuesday.\nS58,3,p,14:non_triggeringQ59,5,6:S59,7,l,86:Download the [PDF] of the plan, or watch the [VIDEO] of the meeting at the town hall.\nS61,7,l,179:\"We knew [the library closures] would be unpopular,\" the council leader said.\nA letter called it a \"disasterous [sic] and rushed\" plan.\nThe cuts will save 2.4 million a year [1].\nS65,7,l,68:Pius XII and Super Bowl XX are mentioned; she posted on X about it.\nS67,7,l,73:«[Su hermano] llegó tarde», dijo la jueza, y el acta lo confirma [1].\nS69,7,l,45:![Route map]({{ site.baseurl }}/img/map.png)\nS71,7,l,322:The page is built from {{slug}}.html at deploy time.\n\n{% include footer.html %} The ferry map in {{ page.lang }} is {{ page.title | upcase }}.\n\n{{< figure src=\"/map.png\" >}} {{% note %}}Hugo shortcodes{{% /note %}} and {{ .Title }}.\n<a href=\"{{ url }}\">Tickets</a>, a link to {{ base }}/tickets, [the map]({{ maplink }}).\n",
        "assistant-residue/writer_note.yml": "M1,1,16:S1,1,p,2:idS1,5,p,11:writer_noteS2,1,p,4:nameS2,7,p,30:Writer's Note to the RequesterS3,1,p,7:summaryS3,10,p,190:A sentence in which the model, writing in the first person, tells the person who asked for the article what it did with the text, what it could not check, or what to check before publishing.S4,1,p,8:categoryS4,11,p,17:assistant-residueS5,1,p,8:severityS5,11,p,5:errorS6,1,p,6:repairS6,9,p,8:sentenceS7,1,p,6:originS7,9,f,971:issue 14 capability 1 (the chat envelope: a first-person turn that speaks to the requester, anywhere in the text) and ../shared/cases/TAXONOMY.md cross-cutting rule 4 (first person singular about the making of the text, to a requester who is not the reader); §2 preamble, §4 refusal, §5 knowledge_cutoff, §10 meta_commentary and §11 reasoning_leak share this shape. Built as a sentence model, not a phrase list: one sentence (outside quotations and code) in which the writer acts on the text in the first person (\"I've kept\", \"I'll put\", \"I couldn't verify\", \"my information only extends\") together with a reference to the deliverable or its making (\"the brief\", \"450 words\", \"this draft\", \"before publishing\", \"ready-to-publish\", \"a warm angle\") or to the requester (\"you shared\", \"your notes\", \"you may want to\", \"let me know\"); or a requester told to check something before it is published. Word lists for English, Spanish, French, German, Portuguese and Italian.S19,1,p,7:messageS19,10,d,66:Writer's note to the requester published with the article: {match}S20,1,p,4:skipQ20,7,2:S20,8,p,10:quotationsS20,20,p,4:codeS21,1,p,12:page_residueS21,15,p,4:trueS22,1,p,6:yieldsS22,9,p,4:trueS23,1,p,8:caselessS23,11,p,5:falseS24,1,p,8:extendedS24,11,p,4:trueS25,1,p,7:patternS25,10,l,11431:(?(DEFINE)\n  # One character of a sentence: not a line break or a sentence end (a period inside a number,\n  # a domain or an abbreviation followed by a letter stays inside).\n  (?<c> [^\\n.!?…] | \\.(?=[\\w,]) )\n  # English: the writer acts on the text in the first person.\n  (?<wverb> kept|keep|turned|turn|used|use|added|add|included|include|left|leave|rounded|round|leaned|lean|written|wrote|write\n          |drafted|draft|structured|structure|formatted|format|put|made|make|converted|convert|summari[sz]ed|summari[sz]e\n          |trimmed|trim|shortened|shorten|expanded|expand|adjusted|adjust|tweaked|tweak|rewritten|rewrote|rewrite|rephrased\n          |rephrase|assumed|assume|focused|focus|highlighted|omitted|omit|avoided|avoid|chose|chosen|choose|opted|opt|split\n          |moved|move|dropped|drop|removed|remove|replaced|replace|filled|fill|framed|frame|organi[sz]ed|organi[sz]e|condensed\n          |condense|pulled|placed|place|changed|change|combined|combine|updated|update|edited|edit|polished|polish|tidied\n          |reworked|restructured|translated|translate|adapted|adapt|softened|stuck|based|set|bolded|flagged|flag|noted|cut)\n  (?<chk> (?:independently\\s+)?(?:verify|confirm|find|check|locate|access|source|fact-check|double-check|corroborate))\n  (?<act_en> \\bI(?:['’](?:ve|ll)|\\s+(?:have|had|will))?\\s+(?:(?:also|then|just|only|deliberately|mainly|mostly|simply|therefore|now|already|gone\\s+ahead\\s+and|went\\s+ahead\\s+and)\\s+)?(?&wverb)\\b\n           | \\bI(?:['’]ve|\\s+have)?\\s+(?:went|gone|stuck|settled)\\s+(?:with|on|for)\\s+(?:a|an|the)\\b\n           | \\bI(?:['’]m|\\s+am|\\s+was)\\s+(?:not\\s+)?(?:unable|not\\s+able|able)\\s+to\\s+(?&chk)\\b\n           | \\bI\\s+(?:couldn['’]t|could\\s+not|can['’]t|cannot|wasn['’]t\\s+able\\s+to|was\\s+not\\s+able\\s+to|didn['’]t|did\\s+not|haven['’]t\\s+been\\s+able\\s+to|have\\s+not\\s+been\\s+able\\s+to)\\s+(?:\\w+\\s+)?(?&chk)\\b\n           | \\b[Mm]y\\s+(?:information|knowledge|data|sources|notes|training)\\s+(?:only\\s+)?(?:extends?|goes|go|runs?|covers?|stops?|ends?)\\b\n           # The writer announcing what the text will do (\"In this article, I will walk you through\").\n           | \\b(?:I|[Ww]e)(?:['’]ll|\\s+will|\\s+(?:am|are)\\s+going\\s+to|['’](?:m|re)\\s+going\\s+to)\\s+(?:(?:briefly|also|now|first|then)\\s+)?(?:walk|take|guide|show|explore|discuss|cover|break|delve|dive|look|outline|examine|unpack|explain)\\b )\n  # The deliverable or its making.\n  (?<ref_en> \\b(?i:the|this|your|my)\\s+brief\\b | \\bbrief\\s+(?:suggested|asked|said|lists|listed|mentioned|requested|specified|calls)\\b\n           | \\bword\\s+(?:count|limit)\\b | \\b\\d{2,5}\\s+words\\b | \\b(?i:this|my|your)\\s+(?:article|draft|piece|version|rewrite|summary|write-?up|post|blog\\s+post|guide|explainer)\\b | \\bthe\\s+(?:draft|rewrite|write-?up|(?:updated|revised|shorter|longer|final)\\s+version)\\b\n           | \\b(?:the\\s+)?(?:changes|edits|tweaks|revisions|cuts)\\s+I(?:['’]ve|\\s+have)?\\s+made\\b\n           | \\bthe\\s+(?:source\\s+|background\\s+)?(?:material|materials|documents\\s+provided|notes|transcript|press\\s+release)\\b\n           | \\b(?i:ready)[- ]to[- ]publish\\b | \\b[Mm]arkdown\\b | \\bplaceholders?\\b | \\b(?:article|draft|version|summary|piece)\\s+below\\b\n           | \\bbefore\\s+(?:publishing|publication|(?:it|this|the\\s+\\w+)\\s+goes\\s+live|going\\s+live|you\\s+publish|it['’]s\\s+published|(?:it|this)\\s+is\\s+published)\n           | \\bthe\\s+(?:table|section|paragraph|headline|intro|lede|chart)\\s+(?:above|below)\\b\n           | \\b(?:table|section|paragraph|intro|headline|quote)\\s+(?:can|could|may)\\s+be\\s+(?:dropped|cut|removed|trimmed|moved|shortened|swapped)\\b\n           | \\b(?:warm|neutral|formal|upbeat|positive|balanced|conversational|[\\w]+-focused|[\\w]+-friendly)\\s+(?:angle|tone)\\b )\n  # The requester.\n  (?<req_en> \\byou(?:['’]ve|\\s+have)?\\s+(?:shared|sent|provided|gave|supplied|pasted|uploaded|attached|asked\\s+for|requested|suggested|wanted|mentioned|specified|listed|flagged|forwarded)\\b\n           | \\b(?i:your)\\s+(?:brief|notes|prompt|request|instructions|outline|draft|message|email|guidelines|template|materials?|bullet\\s+points|specs?)\\b\n           | \\b(?i:you)\\s+(?:may|might|could|should|will|['’]ll)\\s+(?:want|wish|need|like)\\s+to\\b\n           | \\b(?i:if)\\s+you['’]d\\s+(?:like|prefer|rather)\\b | \\b(?i:let)\\s+me\\s+know\\b\n           | \\b[Pp]lease\\s+(?:treat|check|verify|confirm|double-check|review|note|update|replace|add|fill|swap|adjust)\\b\n           | \\b(?i:as)\\s+you\\s+(?:asked|requested|suggested|wanted|specified)\\b )\n  # Spanish.\n  (?<act_es> \\b(?i:he|hemos)\\s+(?:\\w+\\s+)?(?:redactado|escrito|mantenido|convertido|transformado|usado|utilizado|a[ñn]adido|incluido|resumido|verificado|ajustado|organizado|estructurado|dejado|puesto|optado|redondeado|adaptado|traducido|reescrito|elaborado|preparado)\\b\n           | \\b(?i:no)\\s+(?:he|hemos)\\s+podido\\s+(?:verificar|confirmar|comprobar|encontrar|contrastar)\\b\n           | \\b(?i:mis)\\s+(?:datos|conocimientos|informaci[oó]n)\\s+(?:solo\\s+)?(?:llegan|alcanzan|cubren)\\b\n           | \\b(?:(?i:te|les|os)\\s+)?(?i:voy|vamos)\\s+a\\s+(?:explicar|repasar|analizar|mostrar|contar|presentar|explorar|desglosar)\\b )\n  (?<ref_es> \\b(?i:el|este|tu)\\s+(?:art[ií]culo|borrador|texto|encargo|brief|resumen)\\b | \\b\\d{2,5}\\s+palabras\\b\n           | \\bantes\\s+de\\s+(?:publicar(?:lo|la)?|la\\s+publicaci[oó]n)\\b | \\blist[oa]\\s+para\\s+(?:publicar|su\\s+publicaci[oó]n)\\b )\n  (?<req_es> \\bme\\s+(?:enviaste|pasaste|compartiste|pediste|indicaste|facilitaste|diste)\\b | \\b(?i:tus?)\\s+(?:notas|indicaciones|instrucciones|encargo|brief|borrador)\\b\n           | \\b(?i:te|le)\\s+(?:recomiendo|sugiero|aconsejo)\\b | \\b(?i:si)\\s+(?:quieres|prefieres|lo\\s+prefieres)\\b | \\b(?i:av[ií]same)\\b | \\bcomo\\s+me\\s+(?:pediste|solicitaste)\\b )\n  # French.\n  (?<act_fr> \\b(?i:j)['’]ai\\s+(?:\\w+\\s+)?(?:r[ée]dig[ée]|[ée]crit|gard[ée]|conserv[ée]|transform[ée]|utilis[ée]|ajout[ée]|inclus|r[ée]sum[ée]|v[ée]rifi[ée]|arrondi|adapt[ée]|traduit|structur[ée]|mis|privil[ée]gi[ée]|laiss[ée]|choisi|opt[ée])\\b\n           | \\b(?i:je)\\s+n['’]ai\\s+pas\\s+pu\\s+(?:v[ée]rifier|confirmer|trouver|recouper)\\b\n           | \\b(?i:mes)\\s+(?:donn[ée]es|connaissances|informations)\\s+(?:ne\\s+)?(?:vont|s['’][ée]tendent|couvrent)\\b\n           | \\b(?i:je\\s+vais|nous\\s+allons)\\s+(?:vous\\s+|te\\s+)?(?:pr[ée]senter|expliquer|montrer|d[ée]tailler|explorer|passer\\s+en\\s+revue|guider)\\b )\n  (?<ref_fr> \\b(?:l['’]article|cet\\s+article|ce\\s+(?:texte|brouillon)|votre\\s+(?:article|texte|brief)|le\\s+brouillon)\\b | \\b\\d{2,5}\\s+mots\\b\n           | \\bavant\\s+(?:de\\s+(?:le\\s+|la\\s+)?publier|(?:la\\s+)?publication|la\\s+mise\\s+en\\s+ligne)\\b | \\bpr[êe]t\\s+[àa]\\s+(?:publier|[êe]tre\\s+publi[ée])\\b )\n  (?<req_fr> \\bvous\\s+m['’]avez\\s+\\w+ | \\bvous\\s+(?:me\\s+)?l['’](?:avez|aviez)\\s+(?:\\w+\\s+)?(?:demand[ée]|envoy[ée]|transmis|fourni|indiqu[ée]|pr[ée]cis[ée]) | \\b(?i:votre|vos|ton|ta|tes)\\s+(?:brief|notes|consignes|indications|instructions|brouillon|demande)\\b\n           | \\bje\\s+vous\\s+(?:conseille|recommande|sugg[èe]re)\\b | \\b(?i:si)\\s+vous\\s+(?:le\\s+)?(?:souhaitez|pr[ée]f[ée]rez)\\b | \\b(?i:n)['’]h[ée]sitez\\s+pas\\s+[àa]\\s+me\\b )\n  # German.\n  (?<act_de> \\b(?i:ich)\\s+habe\\s+(?:[\\wäöüß]+\\s+){0,6}?(?:geschrieben|verfasst|behalten|beibehalten|eingefügt|ergänzt|verwendet|genutzt|gekürzt|umgewandelt|zusammengefasst|überprüft|gerundet|angepasst|übersetzt|strukturiert|weggelassen|aufgebaut)\\b\n           | \\b(?i:konnte|kann)\\s+ich\\s+(?:[\\wäöüß]+\\s+){0,5}?nicht\\s+(?:verifizieren|bestätigen|überprüfen|prüfen|finden)\\b\n           | \\b(?i:ich)\\s+(?:konnte|kann)\\s+(?:[\\wäöüß]+\\s+){0,5}?nicht\\s+(?:verifizieren|bestätigen|überprüfen|prüfen|finden)\\b\n           | \\b(?:werde|zeige|erkläre|stelle)\\s+ich\\s+(?:Ihnen|euch|dir)\\b | \\b(?i:ich)\\s+werde\\s+(?:Ihnen|euch|dir)\\b )\n  (?<ref_de> \\b(?:den|diesen|diesem|dein(?:en)?|Ihren)\\s+(?:Artikel|Entwurf|Text|Beitrag)\\b | \\b(?:das|dein|Ihr)\\s+Briefing\\b | \\b\\d{2,5}\\s+Wörter\\b\n           | \\bvor\\s+(?:der\\s+Veröffentlichung|dem\\s+Veröffentlichen)\\b )\n  (?<req_de> \\b(?:du|Sie)\\s+mir\\s+(?:\\w+\\s+)?(?:geschickt|gegeben|geschrieben|geliefert|genannt|übermittelt)\\b | \\b(?:dein|deine|deinen|deiner)\\s+(?:Vorgaben|Notizen|Briefing|Anweisungen|Angaben|Entwurf)\\b\n           | \\b(?i:falls)\\s+(?:du|Sie)\\s+(?:möchtest|möchten|willst|wollen)\\b | \\bbitte\\s+(?:noch\\s+)?(?:prüfen|prüfe|überprüfe|überprüfen|kontrollieren)\\b )\n  # Portuguese.\n  (?<act_pt> \\b(?i:eu\\s+)?(?:mantive|transformei|usei|utilizei|adicionei|inclu[ií]|resumi|verifiquei|arredondei|adaptei|traduzi|estruturei|coloquei|optei|deixei|escrevi|redigi)\\b\n           | \\b(?i:n[ãa]o)\\s+(?:consegui|pude)\\s+(?:verificar|confirmar|encontrar|checar)\\b\n           | \\b(?i:vou|vamos)\\s+(?:te\\s+|lhe\\s+)?(?:explicar|mostrar|apresentar|analisar|explorar|detalhar)\\b )\n  (?<ref_pt> \\b(?i:o|este|neste|seu)\\s+(?:artigo|rascunho|texto|briefing|resumo)\\b | \\b\\d{2,5}\\s+palavras\\b\n           | \\bantes\\s+de\\s+(?:publicar|a\\s+publica[çc][ãa]o)\\b | \\bpront[oa]\\s+para\\s+(?:publicar|publica[çc][ãa]o)\\b )\n  (?<req_pt> \\b(?:voc[êe]\\s+)?me\\s+(?:enviou|passou|mandou|pediu|forneceu)\\b | \\b(?i:suas|seu|sua|tuas)\\s+(?:notas|instru[çc][õo]es|briefing|pedido|orienta[çc][õo]es)\\b\n           | \\b(?i:se)\\s+voc[êe]\\s+(?:quiser|preferir)\\b | \\brecomendo\\s+(?:que\\s+voc[êe]|verificar|conferir|checar)\\b )\n  # Italian.\n  (?<act_it> \\b(?i:ho)\\s+(?:\\w+\\s+)?(?:mantenuto|trasformato|usato|utilizzato|aggiunto|incluso|riassunto|verificato|arrotondato|adattato|tradotto|strutturato|messo|scelto|lasciato|scritto|redatto)\\b\n           | \\b(?i:non)\\s+(?:sono\\s+riuscit[oa]\\s+a|ho\\s+potuto)\\s+(?:verificare|confermare|trovare)\\b\n           | \\b(?i:ti|vi)\\s+(?:spiego|spiegher[òo]|mostro|mostrer[òo]|illustro|illustrer[òo]|presento|presenter[òo]|guider[òo])\\b )\n  (?<ref_it> \\b(?:l['’]articolo|quest['’]articolo|(?i:questo|in\\s+questo)\\s+articolo|la\\s+bozza|il\\s+(?:tuo\\s+)?(?:testo|brief))\\b | \\b\\d{2,5}\\s+parole\\b\n           | \\bprima\\s+(?:di\\s+pubblicar(?:e|lo|la)|della\\s+pubblicazione)\\b | \\bpront[oa]\\s+(?:da|per\\s+la)\\s+pubblica\\w+\\b )\n  (?<req_it> \\bmi\\s+(?:hai|avete)\\s+(?:inviato|mandato|passato|chiesto|fornito|dato)\\b | \\b(?i:tue|tuoi|tua|tuo)\\s+(?:note|indicazioni|istruzioni|appunti|richiesta)\\b\n           | \\b(?i:se)\\s+(?:preferisci|vuoi)\\b | \\bti\\s+(?:consiglio|suggerisco)\\b )\n  (?<act> (?&act_en)|(?&act_es)|(?&act_fr)|(?&act_de)|(?&act_pt)|(?&act_it) )\n  (?<other> (?&ref_en)|(?&req_en)|(?&ref_es)|(?&req_es)|(?&ref_fr)|(?&req_fr)|(?&ref_de)|(?&req_de)|(?&ref_pt)|(?&req_pt)|(?&ref_it)|(?&req_it) )\n  # A requester told to check something before it is published (no \"I\" needed).\n  (?<tell> \\b(?i:you)\\s+(?:may|might|should|will|['’]ll)\\s+(?:want|need|wish)\\s+to\\s+(?:\\w+\\s+)?(?:verify|check|confirm|double-check|update|review)\\b\n         | \\b[Pp]lease\\s+(?:treat|verify|check|confirm|double-check|review|update)\\b )\n  (?<pub> \\bbefore\\s+(?:publishing|publication|(?:it|this|the\\s+\\w+)\\s+goes\\s+live|going\\s+live|you\\s+publish|it['’]s\\s+published|(?:it|this)\\s+is\\s+published)\\b )\n)\n# The match starts at the first cue and runs to the sentence's end; the other cue must follow\n# within the same sentence (300 characters at most: bounded work at every cue). The leading \\b\n# lets the JIT skip the inside of words at once (a 2 MB line: 1.2 s without it, 40 ms with it).\n\\b (?: (?&act) (?=(?&c){0,300}?(?&other))\n  | (?&other) (?=(?&c){0,300}?(?&act))\n  | (?&tell) (?=(?&c){0,300}?(?&pub)) )\n(?&c){0,400} [.!?…]?\nS120,1,p,9:prefilterQ120,12,82:S120,13,s,7:\\bbriefS120,24,s,6:\\bwordS120,34,s,5:\\bartS120,43,s,7:\\bdraftS120,54,s,7:\\bpieceS120,65,s,9:\\bversionS120,78,s,9:\\brewriteS120,91,s,9:\\bsummaryS120,104,s,7:\\bwriteS120,115,s,9:\\bchangesS120,128,s,7:\\beditsS120,139,s,8:\\btweaksS120,151,s,11:\\brevisionsS120,166,s,6:\\bcutsS120,176,s,10:\\bmaterialS120,190,s,11:\\bdocumentsS120,205,s,7:\\bnotesS120,216,s,12:\\btranscriptS120,232,s,7:\\bpressS120,243,s,7:\\breadyS120,254,s,10:\\bmarkdownS120,268,s,13:\\bplaceholderS120,285,s,8:\\bbeforeS120,297,s,7:\\baboveS120,308,s,7:\\bbelowS120,319,s,7:\\btableS120,330,s,9:\\bsectionS120,343,s,11:\\bparagraphS120,358,s,7:\\bintroS120,369,s,10:\\bheadlineS120,383,s,7:\\bquoteS120,394,s,6:\\btoneS120,404,s,7:\\bangleS120,415,s,5:\\byouS120,424,s,5:\\bletS120,433,s,8:\\bpleaseS120,445,s,10:\\bborradorS120,459,s,6:\\btextS120,469,s,9:\\bencargoS120,482,s,9:\\bresumenS120,495,s,10:\\bpalabrasS120,509,s,7:\\bantesS120,520,s,6:\\blistS120,530,s,4:\\bmeS120,538,s,4:\\btuS120,546,s,4:\\bteS120,554,s,4:\\bleS120,562,s,4:\\bsiS120,570,s,4:\\bavS120,578,s,11:\\bbrouillonS120,593,s,6:\\bmotsS120,603,s,7:\\bavantS120,614,s,4:\\bprS120,622,s,6:\\bvousS120,632,s,7:\\bvotreS120,643,s,5:\\bvosS120,652,s,5:\\btonS120,661,s,4:\\btaS120,669,s,5:\\btesS120,678,s,5:\\bichS120,687,s,9:\\bentwurfS120,700,s,9:\\bbeitragS120,713,s,5:\\bvorS120,722,s,5:\\bmirS120,731,s,6:\\bdeinS120,741,s,7:\\bfallsS120,752,s,7:\\bbitteS120,763,s,10:\\brascunhoS120,777,s,8:\\bresumoS120,789,s,10:\\bpalavrasS120,803,s,7:\\bprontS120,814,s,6:\\bsuasS120,824,s,5:\\bseuS120,833,s,5:\\bsuaS120,842,s,4:\\bseS120,850,s,11:\\brecomendoS120,865,s,7:\\bbozzaS120,876,s,7:\\btestoS120,887,s,8:\\bparoleS120,899,s,7:\\bprimaS120,910,s,4:\\bmiS120,918,s,4:\\btiS121,1,p,8:examplesM122,3,2:S122,3,p,10:triggeringQ123,5,13:S123,7,l,137:The pool reopens in May after a two-year repair.\n\n↓I've kept this to about 300 words and used a neutral tone, as your brief suggested.\nS127,7,l,130:Happy to help! ↓I've turned the notes you sent into a short news story below.\n\nThe pool reopens in May after a two-year repair.\nS131,7,l,148:The pool cost £4.2m to repair. ↓I couldn't confirm the final cost against the council's accounts, so you may want to check it before publishing.\nS133,7,l,110:The council said 3,400 residents signed the petition. ↓Please double-check that number before it goes live.\nS135,7,l,101:Plan: ↓the brief mentions three sites, so I'll put them in a table and then add the mayor's quote.\nS137,7,l,100:↓My information only goes up to last spring, so please check the opening hours before publishing.\nS139,7,l,103:La piscina reabrirá en mayo. ↓He mantenido el texto en unas 300 palabras, como indicaba tu encargo.\nS141,7,l,123:La piscine rouvrira en mai. ↓Je n'ai pas pu vérifier ce chiffre : je vous conseille de le contrôler avant publication.\nS143,7,l,106:Das Bad öffnet im Mai. ↓Ich habe den Text auf 300 Wörter gekürzt, wie in deinen Vorgaben gewünscht.\nS145,7,l,109:A piscina reabre em maio. ↓Não consegui confirmar a data, por isso recomendo verificar antes de publicar.\nS147,7,l,89:In ↓this piece we'll take a closer look at what the new timetable means for commuters.\nS149,7,l,83:Dans ↓cet article, nous allons vous présenter les cinq temps forts du festival.\nS151,7,l,101:La piscina riapre a maggio. ↓Ho mantenuto l'articolo sotto le 300 parole, come da tue indicazioni.\nS153,3,p,14:non_triggeringQ154,5,8:S154,7,l,94:I've kept bees on this allotment for twenty years, and you would be amazed how calm they are.\nS156,7,l,81:\"I've kept the brief short because the judges asked for it,\" the barrister said.\nS158,7,l,81:If you'd like to visit, the gallery opens at ten. Tickets are free for children.\nS160,7,l,89:I wrote last week that the council's numbers did not add up, and the auditors now agree.\nS162,7,l,83:Please check the council's website before travelling, as opening hours may change.\nS164,7,l,80:The brief filed by the state's lawyers argues that the law is unconstitutional.\nS166,7,l,75:World War I ended in 1918, and the memorial lists 212 names from the town.\nS168,7,l,76:Il a écrit cet article en 1998, avant la publication de son premier roman.\n",
        "registries/entities.yml": "M10,1,2:S10,1,p,6:peopleQ12,3,39:M12,5,6:S12,5,p,2:idS12,9,p,11:moon-jae-inS13,5,p,4:nameS13,11,p,11:Moon Jae-inS14,5,p,7:surnameS14,14,p,4:MoonS15,5,p,7:aliasesQ15,14,1:S15,15,p,11:Moon Jae InS16,5,p,6:sourceS16,13,p,63:https://en.wikipedia.org/wiki/List_of_presidents_of_South_KoreaS17,5,p,5:as_ofS17,12,p,10:2025-10-31M18,5,6:S18,5,p,2:idS18,9,p,13:yoon-suk-yeolS19,5,p,4:nameS19,11,p,13:Yoon Suk-yeolS20,5,p,7:surnameS20,14,p,4:YoonS21,5,p,7:aliasesQ21,14,4:S21,15,p,13:Yoon Suk YeolS21,30,p,14:Yoon Seok-youlS21,46,p,14:Yoon Seok-yeolS21,62,p,13:Yun Sŏk-yŏlS22,5,p,6:sourceS22,13,p,43:https://en.wikipedia.org/wiki/Yoon_Suk_YeolS23,5,p,5:as_ofS23,12,p,10:2025-10-31M24,5,6:S24,5,p,2:idS24,9,p,13:lee-jae-myungS25,5,p,4:nameS25,11,p,13:Lee Jae-myungS26,5,p,7:surnameS26,14,p,3:LeeS27,5,p,7:aliasesQ27,14,3:S27,15,p,13:Lee Jae MyungS27,30,p,14:Lee Jae-myeongS27,46,p,13:Yi Jae-myeongS28,5,p,6:sourceS28,13,p,43:https://en.wikipedia.org/wiki/Lee_Jae_MyungS29,5,p,5:as_ofS29,12,p,10:2025-10-31M30,5,6:S30,5,p,2:idS30,9,p,12:han-duck-sooS31,5,p,4:nameS31,11,p,12:Han Duck-sooS32,5,p,7:surnameS32,14,p,3:HanS33,5,p,7:aliasesQ33,14,2:S33,15,p,12:Han Duck SooS33,29,p,11:Han Deok-suS34,5,p,6:sourceS34,13,p,59:https://en.wikipedia.org/wiki/Prime_Minister_of_South_KoreaS35,5,p,5:as_ofS35,12,p,10:2025-10-31M36,5,6:S36,5,p,2:idS36,9,p,12:kim-min-seokS37,5,p,4:nameS37,11,p,12:Kim Min-seokS38,5,p,7:surnameS38,14,p,3:KimS39,5,p,7:aliasesQ39,14,1:S39,15,p,12:Kim Min SeokS40,5,p,6:sourceS40,13,p,59:https://en.wikipedia.org/wiki/Prime_Minister_of_South_KoreaS41,5,p,5:as_ofS41,12,p,10:2025-10-31M43,5,5:S43,5,p,2:idS43,9,p,14:emomali-rahmonS44,5,p,4:nameS44,11,p,14:Emomali RahmonS45,5,p,7:aliasesQ45,14,2:S45,15,p,15:Emomalii RahmonS45,32,p,16:Emomali RahmonovS46,5,p,6:sourceS46,13,p,53:https://en.wikipedia.org/wiki/President_of_TajikistanS47,5,p,5:as_ofS47,12,p,10:2025-10-31M48,5,5:S48,5,p,2:idS48,9,p,16:kokhir-rasulzodaS49,5,p,4:nameS49,11,p,16:Kokhir RasulzodaS50,5,p,7:aliasesQ50,14,2:S50,15,p,15:Qohir RasulzodaS50,32,p,15:Kohir RasulzodaS51,5,p,6:sourceS51,13,p,58:https://en.wikipedia.org/wiki/Prime_Minister_of_TajikistanS52,5,p,5:as_ofS52,12,p,10:2025-10-31M54,5,5:S54,5,p,2:idS54,9,p,13:sadyr-japarovS55,5,p,4:nameS55,11,p,13:Sadyr JaparovS56,5,p,7:aliasesQ56,14,2:S56,15,p,14:Sadyr ZhaparovS56,31,p,15:Sadyr DzhaparovS57,5,p,6:sourceS57,13,p,53:https://en.wikipedia.org/wiki/President_of_KyrgyzstanS58,5,p,5:as_ofS58,12,p,10:2025-10-31M59,5,5:S59,5,p,2:idS59,9,p,15:akylbek-japarovS60,5,p,4:nameS60,11,p,15:Akylbek JaparovS61,5,p,7:aliasesQ61,14,1:S61,15,p,16:Akylbek ZhaparovS62,5,p,6:sourceS62,13,p,49:https://en.trend.az/casia/kyrgyzstan/3982552.htmlS63,5,p,5:as_ofS63,12,p,10:2025-10-31M64,5,5:S64,5,p,2:idS64,9,p,18:adylbek-kasymalievS65,5,p,4:nameS65,11,p,18:Adylbek KasymalievS66,5,p,7:aliasesQ66,14,1:S66,15,p,19:Adylbek KasymaliyevS67,5,p,6:sourceS67,13,p,49:https://en.trend.az/casia/kyrgyzstan/3982552.htmlS68,5,p,5:as_ofS68,12,p,10:2025-10-31M70,5,4:S70,5,p,2:idS70,9,p,12:barack-obamaS71,5,p,4:nameS71,11,p,12:Barack ObamaS72,5,p,6:sourceS72,13,p,69:https://en.wikipedia.org/wiki/List_of_presidents_of_the_United_StatesS73,5,p,5:as_ofS73,12,p,10:2025-10-31M74,5,5:S74,5,p,2:idS74,9,p,12:donald-trumpS75,5,p,4:nameS75,11,p,12:Donald TrumpS76,5,p,7:aliasesQ76,14,1:S76,15,p,15:Donald J. TrumpS77,5,p,6:sourceS77,13,p,69:https://en.wikipedia.org/wiki/List_of_presidents_of_the_United_StatesS78,5,p,5:as_ofS78,12,p,10:2025-10-31M79,5,5:S79,5,p,2:idS79,9,p,9:joe-bidenS80,5,p,4:nameS80,11,p,9:Joe BidenS81,5,p,7:aliasesQ81,14,2:S81,15,p,15:Joseph R. BidenS81,32,p,12:Joseph BidenS82,5,p,6:sourceS82,13,p,69:https://en.wikipedia.org/wiki/List_of_presidents_of_the_United_StatesS83,5,p,5:as_ofS83,12,p,10:2025-10-31M85,5,5:S85,5,p,2:idS85,9,p,12:elizabeth-iiS86,5,p,4:nameS86,11,p,12:Elizabeth IIS87,5,p,7:surnameS87,14,p,9:ElizabethS88,5,p,6:sourceS88,13,p,60:https://en.wikipedia.org/wiki/Monarchy_of_the_United_KingdomS89,5,p,5:as_ofS89,12,p,10:2025-10-31M90,5,5:S90,5,p,2:idS90,9,p,11:charles-iiiS91,5,p,4:nameS91,11,p,11:Charles IIIS92,5,p,7:surnameS92,14,p,7:CharlesS93,5,p,6:sourceS93,13,p,60:https://en.wikipedia.org/wiki/Monarchy_of_the_United_KingdomS94,5,p,5:as_ofS94,12,p,10:2025-10-31M95,5,4:S95,5,p,2:idS95,9,p,11:theresa-mayS96,5,p,4:nameS96,11,p,11:Theresa MayS97,5,p,6:sourceS97,13,p,75:https://en.wikipedia.org/wiki/List_of_prime_ministers_of_the_United_KingdomS98,5,p,5:as_ofS98,12,p,10:2025-10-31M99,5,4:S99,5,p,2:idS99,9,p,13:boris-johnsonS100,5,p,4:nameS100,11,p,13:Boris JohnsonS101,5,p,6:sourceS101,13,p,75:https://en.wikipedia.org/wiki/List_of_prime_ministers_of_the_United_KingdomS102,5,p,5:as_ofS102,12,p,10:2025-10-31M103,5,4:S103,5,p,2:idS103,9,p,9:liz-trussS104,5,p,4:nameS104,11,p,9:Liz TrussS105,5,p,6:sourceS105,13,p,75:https://en.wikipedia.org/wiki/List_of_prime_ministers_of_the_United_KingdomS106,5,p,5:as_ofS106,12,p,10:2025-10-31M107,5,4:S107,5,p,2:idS107,9,p,11:rishi-sunakS108,5,p,4:nameS108,11,p,11:Rishi SunakS109,5,p,6:sourceS109,13,p,75:https://en.wikipedia.org/wiki/List_of_prime_ministers_of_the_United_KingdomS110,5,p,5:as_ofS110,12,p,10:2025-10-31M111,5,4:S111,5,p,2:idS111,9,p,12:keir-starmerS112,5,p,4:nameS112,11,p,12:Keir StarmerS113,5,p,6:sourceS113,13,p,75:https://en.wikipedia.org/wiki/List_of_prime_ministers_of_the_United_KingdomS114,5,p,5:as_ofS114,12,p,10:2025-10-31M116,5,4:S116,5,p,2:idS116,9,p,15:emmanuel-macronS117,5,p,4:nameS117,11,p,15:Emmanuel MacronS118,5,p,6:sourceS118,13,p,49:https://en.wikipedia.org/wiki/President_of_FranceS119,5,p,5:as_ofS119,12,p,10:2025-10-31M120,5,5:S120,5,p,2:idS120,9,p,15:elisabeth-borneS121,5,p,4:nameS121,11,p,16:Élisabeth BorneS122,5,p,7:aliasesQ122,14,1:S122,15,p,15:Elisabeth BorneS123,5,p,6:sourceS123,13,p,63:https://en.wikipedia.org/wiki/List_of_prime_ministers_of_FranceS124,5,p,5:as_ofS124,12,p,10:2025-10-31M125,5,4:S125,5,p,2:idS125,9,p,13:gabriel-attalS126,5,p,4:nameS126,11,p,13:Gabriel AttalS127,5,p,6:sourceS127,13,p,63:https://en.wikipedia.org/wiki/List_of_prime_ministers_of_FranceS128,5,p,5:as_ofS128,12,p,10:2025-10-31M129,5,4:S129,5,p,2:idS129,9,p,14:michel-barnierS130,5,p,4:nameS130,11,p,14:Michel BarnierS131,5,p,6:sourceS131,13,p,63:https://en.wikipedia.org/wiki/List_of_prime_ministers_of_FranceS132,5,p,5:as_ofS132,12,p,10:2025-10-31M133,5,5:S133,5,p,2:idS133,9,p,15:francois-bayrouS134,5,p,4:nameS134,11,p,16:François BayrouS135,5,p,7:aliasesQ135,14,1:S135,15,p,15:Francois BayrouS136,5,p,6:sourceS136,13,p,63:https://en.wikipedia.org/wiki/List_of_prime_ministers_of_FranceS137,5,p,5:as_ofS137,12,p,10:2025-10-31M138,5,5:S138,5,p,2:idS138,9,p,17:sebastien-lecornuS139,5,p,4:nameS139,11,p,18:Sébastien LecornuS140,5,p,7:aliasesQ140,14,1:S140,15,p,17:Sebastien LecornuS141,5,p,6:sourceS141,13,p,63:https://en.wikipedia.org/wiki/List_of_prime_ministers_of_FranceS142,5,p,5:as_ofS142,12,p,10:2025-10-31M144,5,4:S144,5,p,2:idS144,9,p,13:angela-merkelS145,5,p,4:nameS145,11,p,13:Angela MerkelS146,5,p,6:sourceS146,13,p,51:https://en.wikipedia.org/wiki/Chancellor_of_GermanyS147,5,p,5:as_ofS147,12,p,10:2025-10-31M148,5,4:S148,5,p,2:idS148,9,p,11:olaf-scholzS149,5,p,4:nameS149,11,p,11:Olaf ScholzS150,5,p,6:sourceS150,13,p,51:https://en.wikipedia.org/wiki/Chancellor_of_GermanyS151,5,p,5:as_ofS151,12,p,10:2025-10-31M152,5,4:S152,5,p,2:idS152,9,p,14:friedrich-merzS153,5,p,4:nameS153,11,p,14:Friedrich MerzS154,5,p,6:sourceS154,13,p,51:https://en.wikipedia.org/wiki/Chancellor_of_GermanyS155,5,p,5:as_ofS155,12,p,10:2025-10-31M156,5,5:S156,5,p,2:idS156,9,p,23:frank-walter-steinmeierS157,5,p,4:nameS157,11,p,23:Frank-Walter SteinmeierS158,5,p,7:surnameS158,14,p,10:SteinmeierS159,5,p,6:sourceS159,13,p,50:https://en.wikipedia.org/wiki/President_of_GermanyS160,5,p,5:as_ofS160,12,p,10:2025-10-31M162,5,4:S162,5,p,2:idS162,9,p,17:sergio-mattarellaS163,5,p,4:nameS163,11,p,17:Sergio MattarellaS164,5,p,6:sourceS164,13,p,48:https://en.wikipedia.org/wiki/President_of_ItalyS165,5,p,5:as_ofS165,12,p,10:2025-10-31M166,5,4:S166,5,p,2:idS166,9,p,12:mario-draghiS167,5,p,4:nameS167,11,p,12:Mario DraghiS168,5,p,6:sourceS168,13,p,53:https://en.wikipedia.org/wiki/Prime_Minister_of_ItalyS169,5,p,5:as_ofS169,12,p,10:2025-10-31M170,5,4:S170,5,p,2:idS170,9,p,14:giorgia-meloniS171,5,p,4:nameS171,11,p,14:Giorgia MeloniS172,5,p,6:sourceS172,13,p,53:https://en.wikipedia.org/wiki/Prime_Minister_of_ItalyS173,5,p,5:as_ofS173,12,p,10:2025-10-31M175,5,5:S175,5,p,2:idS175,9,p,8:naruhitoS176,5,p,4:nameS176,11,p,8:NaruhitoS177,5,p,7:surnameS177,14,p,8:NaruhitoS178,5,p,6:sourceS178,13,p,46:https://en.wikipedia.org/wiki/Emperor_of_JapanS179,5,p,5:as_ofS179,12,p,10:2025-10-31M180,5,4:S180,5,p,2:idS180,9,p,13:fumio-kishidaS181,5,p,4:nameS181,11,p,13:Fumio KishidaS182,5,p,6:sourceS182,13,p,53:https://en.wikipedia.org/wiki/Prime_Minister_of_JapanS183,5,p,5:as_ofS183,12,p,10:2025-10-31M184,5,4:S184,5,p,2:idS184,9,p,14:shigeru-ishibaS185,5,p,4:nameS185,11,p,14:Shigeru IshibaS186,5,p,6:sourceS186,13,p,53:https://en.wikipedia.org/wiki/Prime_Minister_of_JapanS187,5,p,5:as_ofS187,12,p,10:2025-10-31M188,5,4:S188,5,p,2:idS188,9,p,14:sanae-takaichiS189,5,p,4:nameS189,11,p,14:Sanae TakaichiS190,5,p,6:sourceS190,13,p,77:https://japannews.yomiuri.co.jp/politics/politics-government/20251021-287719/S191,5,p,5:as_ofS191,12,p,10:2025-10-31M193,5,4:S193,5,p,2:idS193,9,p,14:justin-trudeauS194,5,p,4:nameS194,11,p,14:Justin TrudeauS195,5,p,6:sourceS195,13,p,63:https://en.wikipedia.org/wiki/List_of_prime_ministers_of_CanadaS196,5,p,5:as_ofS196,12,p,10:2025-10-31M197,5,4:S197,5,p,2:idS197,9,p,11:mark-carneyS198,5,p,4:nameS198,11,p,11:Mark CarneyS199,5,p,6:sourceS199,13,p,63:https://en.wikipedia.org/wiki/List_of_prime_ministers_of_CanadaS200,5,p,5:as_ofS200,12,p,10:2025-10-31S202,1,p,7:officesQ203,3,18:M203,5,6:S203,5,p,2:idS203,9,p,24:president-of-south-koreaS204,5,p,6:titlesQ204,13,1:S204,14,p,9:PresidentS205,5,p,2:ofS205,9,p,11:South KoreaS206,5,p,6:sourceS206,13,p,63:https://en.wikipedia.org/wiki/List_of_presidents_of_South_KoreaS207,5,p,5:as_ofS207,12,p,10:2025-10-31S208,5,p,7:holdersQ209,7,3:M209,9,3:S209,10,p,6:personS209,18,p,11:moon-jae-inS209,31,p,4:fromS209,37,p,10:2017-05-10S209,49,p,5:untilS209,56,p,10:2022-05-09M210,9,3:S210,10,p,6:personS210,18,p,13:yoon-suk-yeolS210,33,p,4:fromS210,39,p,10:2022-05-10S210,51,p,5:untilS210,58,p,10:2025-04-04M211,9,2:S211,10,p,6:personS211,18,p,13:lee-jae-myungS211,33,p,4:fromS211,39,p,10:2025-06-04M212,5,6:S212,5,p,2:idS212,9,p,29:prime-minister-of-south-koreaS213,5,p,6:titlesQ213,13,1:S213,14,p,14:Prime MinisterS214,5,p,2:ofS214,9,p,11:South KoreaS215,5,p,6:sourceS215,13,p,59:https://en.wikipedia.org/wiki/Prime_Minister_of_South_KoreaS216,5,p,5:as_ofS216,12,p,10:2025-10-31S217,5,p,7:holdersQ218,7,2:M218,9,3:S218,10,p,6:personS218,18,p,12:han-duck-sooS218,32,p,4:fromS218,38,p,10:2022-05-21S218,50,p,5:untilS218,57,p,10:2025-05-01M219,9,2:S219,10,p,6:personS219,18,p,12:kim-min-seokS219,32,p,4:fromS219,38,p,10:2025-07-03M220,5,6:S220,5,p,2:idS220,9,p,23:president-of-tajikistanS221,5,p,6:titlesQ221,13,1:S221,14,p,9:PresidentS222,5,p,2:ofS222,9,p,10:TajikistanS223,5,p,6:sourceS223,13,p,53:https://en.wikipedia.org/wiki/President_of_TajikistanS224,5,p,5:as_ofS224,12,p,10:2025-10-31S225,5,p,7:holdersQ226,7,1:M226,9,2:S226,10,p,6:personS226,18,p,14:emomali-rahmonS226,34,p,4:fromS226,40,p,10:1994-11-16M227,5,6:S227,5,p,2:idS227,9,p,28:prime-minister-of-tajikistanS228,5,p,6:titlesQ228,13,1:S228,14,p,14:Prime MinisterS229,5,p,2:ofS229,9,p,10:TajikistanS230,5,p,6:sourceS230,13,p,58:https://en.wikipedia.org/wiki/Prime_Minister_of_TajikistanS231,5,p,5:as_ofS231,12,p,10:2025-10-31S232,5,p,7:holdersQ233,7,1:M233,9,2:S233,10,p,6:personS233,18,p,16:kokhir-rasulzodaS233,36,p,4:fromS233,42,p,10:2013-11-23M234,5,6:S234,5,p,2:idS234,9,p,23:president-of-kyrgyzstanS235,5,p,6:titlesQ235,13,1:S235,14,p,9:PresidentS236,5,p,2:ofS236,9,p,10:KyrgyzstanS237,5,p,6:sourceS237,13,p,53:https://en.wikipedia.org/wiki/President_of_KyrgyzstanS238,5,p,5:as_ofS238,12,p,10:2025-10-31S239,5,p,7:holdersQ240,7,1:M240,9,2:S240,10,p,6:personS240,18,p,13:sadyr-japarovS240,33,p,4:fromS240,39,p,10:2021-01-28M241,5,6:S241,5,p,2:idS241,9,p,37:chairman-of-the-cabinet-of-kyrgyzstanS242,5,p,6:titlesQ242,13,2:S242,14,p,14:Prime MinisterS242,30,p,8:ChairmanS243,5,p,2:ofS243,9,p,10:KyrgyzstanS244,5,p,6:sourceS244,13,p,49:https://en.trend.az/casia/kyrgyzstan/3982552.htmlS245,5,p,5:as_ofS245,12,p,10:2025-10-31S246,5,p,7:holdersQ247,7,2:M247,9,3:S247,10,p,6:personS247,18,p,15:akylbek-japarovS247,35,p,4:fromS247,41,p,10:2021-10-12S247,53,p,5:untilS247,60,p,10:2024-12-16M248,9,2:S248,10,p,6:personS248,18,p,18:adylbek-kasymalievS248,38,p,4:fromS248,44,p,10:2024-12-16M249,5,6:S249,5,p,2:idS249,9,p,30:president-of-the-united-statesS250,5,p,6:titlesQ250,13,1:S250,14,p,9:PresidentS251,5,p,2:ofS251,9,p,17:the United StatesS252,5,p,6:sourceS252,13,p,69:https://en.wikipedia.org/wiki/List_of_presidents_of_the_United_StatesS253,5,p,5:as_ofS253,12,p,10:2025-10-31S254,5,p,7:holdersQ255,7,4:M255,9,3:S255,10,p,6:personS255,18,p,12:barack-obamaS255,32,p,4:fromS255,38,p,10:2009-01-20S255,50,p,5:untilS255,57,p,10:2017-01-20M256,9,3:S256,10,p,6:personS256,18,p,12:donald-trumpS256,32,p,4:fromS256,38,p,10:2017-01-20S256,50,p,5:untilS256,57,p,10:2021-01-20M257,9,3:S257,10,p,6:personS257,18,p,9:joe-bidenS257,29,p,4:fromS257,35,p,10:2021-01-20S257,47,p,5:untilS257,54,p,10:2025-01-20M258,9,2:S258,10,p,6:personS258,18,p,12:donald-trumpS258,32,p,4:fromS258,38,p,10:2025-01-20M259,5,6:S259,5,p,2:idS259,9,p,29:monarch-of-the-united-kingdomS260,5,p,6:titlesQ260,13,2:S260,14,p,4:KingS260,20,p,5:QueenS261,5,p,2:ofS261,9,p,18:the United KingdomS262,5,p,6:sourceS262,13,p,60:https://en.wikipedia.org/wiki/Monarchy_of_the_United_KingdomS263,5,p,5:as_ofS263,12,p,10:2025-10-31S264,5,p,7:holdersQ265,7,2:M265,9,3:S265,10,p,6:personS265,18,p,12:elizabeth-iiS265,32,p,4:fromS265,38,p,10:1952-02-06S265,50,p,5:untilS265,57,p,10:2022-09-08M266,9,2:S266,10,p,6:personS266,18,p,11:charles-iiiS266,31,p,4:fromS266,37,p,10:2022-09-08M267,5,6:S267,5,p,2:idS267,9,p,36:prime-minister-of-the-united-kingdomS268,5,p,6:titlesQ268,13,1:S268,14,p,14:Prime MinisterS269,5,p,2:ofS269,9,p,18:the United KingdomS270,5,p,6:sourceS270,13,p,75:https://en.wikipedia.org/wiki/List_of_prime_ministers_of_the_United_KingdomS271,5,p,5:as_ofS271,12,p,10:2025-10-31S272,5,p,7:holdersQ273,7,5:M273,9,3:S273,10,p,6:personS273,18,p,11:theresa-mayS273,31,p,4:fromS273,37,p,10:2016-07-13S273,49,p,5:untilS273,56,p,10:2019-07-24M274,9,3:S274,10,p,6:personS274,18,p,13:boris-johnsonS274,33,p,4:fromS274,39,p,10:2019-07-24S274,51,p,5:untilS274,58,p,10:2022-09-06M275,9,3:S275,10,p,6:personS275,18,p,9:liz-trussS275,29,p,4:fromS275,35,p,10:2022-09-06S275,47,p,5:untilS275,54,p,10:2022-10-25M276,9,3:S276,10,p,6:personS276,18,p,11:rishi-sunakS276,31,p,4:fromS276,37,p,10:2022-10-25S276,49,p,5:untilS276,56,p,10:2024-07-05M277,9,2:S277,10,p,6:personS277,18,p,12:keir-starmerS277,32,p,4:fromS277,38,p,10:2024-07-05M278,5,6:S278,5,p,2:idS278,9,p,19:president-of-franceS279,5,p,6:titlesQ279,13,1:S279,14,p,9:PresidentS280,5,p,2:ofS280,9,p,6:FranceS281,5,p,6:sourceS281,13,p,49:https://en.wikipedia.org/wiki/President_of_FranceS282,5,p,5:as_ofS282,12,p,10:2025-10-31S283,5,p,7:holdersQ284,7,1:M284,9,2:S284,10,p,6:personS284,18,p,15:emmanuel-macronS284,35,p,4:fromS284,41,p,10:2017-05-14M285,5,6:S285,5,p,2:idS285,9,p,24:prime-minister-of-franceS286,5,p,6:titlesQ286,13,1:S286,14,p,14:Prime MinisterS287,5,p,2:ofS287,9,p,6:FranceS288,5,p,6:sourceS288,13,p,63:https://en.wikipedia.org/wiki/List_of_prime_ministers_of_FranceS289,5,p,5:as_ofS289,12,p,10:2025-10-31S290,5,p,7:holdersQ291,7,5:M291,9,3:S291,10,p,6:personS291,18,p,15:elisabeth-borneS291,35,p,4:fromS291,41,p,10:2022-05-16S291,53,p,5:untilS291,60,p,10:2024-01-09M292,9,3:S292,10,p,6:personS292,18,p,13:gabriel-attalS292,33,p,4:fromS292,39,p,10:2024-01-09S292,51,p,5:untilS292,58,p,10:2024-09-05M293,9,3:S293,10,p,6:personS293,18,p,14:michel-barnierS293,34,p,4:fromS293,40,p,10:2024-09-05S293,52,p,5:untilS293,59,p,10:2024-12-13M294,9,3:S294,10,p,6:personS294,18,p,15:francois-bayrouS294,35,p,4:fromS294,41,p,10:2024-12-13S294,53,p,5:untilS294,60,p,10:2025-09-09M295,9,2:S295,10,p,6:personS295,18,p,17:sebastien-lecornuS295,37,p,4:fromS295,43,p,10:2025-09-09M296,5,6:S296,5,p,2:idS296,9,p,21:chancellor-of-germanyS297,5,p,6:titlesQ297,13,1:S297,14,p,10:ChancellorS298,5,p,2:ofS298,9,p,7:GermanyS299,5,p,6:sourceS299,13,p,51:https://en.wikipedia.org/wiki/Chancellor_of_GermanyS300,5,p,5:as_ofS300,12,p,10:2025-10-31S301,5,p,7:holdersQ302,7,3:M302,9,3:S302,10,p,6:personS302,18,p,13:angela-merkelS302,33,p,4:fromS302,39,p,10:2005-11-22S302,51,p,5:untilS302,58,p,10:2021-12-08M303,9,3:S303,10,p,6:personS303,18,p,11:olaf-scholzS303,31,p,4:fromS303,37,p,10:2021-12-08S303,49,p,5:untilS303,56,p,10:2025-05-06M304,9,2:S304,10,p,6:personS304,18,p,14:friedrich-merzS304,34,p,4:fromS304,40,p,10:2025-05-06M305,5,6:S305,5,p,2:idS305,9,p,20:president-of-germanyS306,5,p,6:titlesQ306,13,1:S306,14,p,9:PresidentS307,5,p,2:ofS307,9,p,7:GermanyS308,5,p,6:sourceS308,13,p,50:https://en.wikipedia.org/wiki/President_of_GermanyS309,5,p,5:as_ofS309,12,p,10:2025-10-31S310,5,p,7:holdersQ311,7,1:M311,9,2:S311,10,p,6:personS311,18,p,23:frank-walter-steinmeierS311,43,p,4:fromS311,49,p,10:2017-03-19M312,5,6:S312,5,p,2:idS312,9,p,18:president-of-italyS313,5,p,6:titlesQ313,13,1:S313,14,p,9:PresidentS314,5,p,2:ofS314,9,p,5:ItalyS315,5,p,6:sourceS315,13,p,48:https://en.wikipedia.org/wiki/President_of_ItalyS316,5,p,5:as_ofS316,12,p,10:2025-10-31S317,5,p,7:holdersQ318,7,1:M318,9,2:S318,10,p,6:personS318,18,p,17:sergio-mattarellaS318,37,p,4:fromS318,43,p,10:2015-02-03M319,5,6:S319,5,p,2:idS319,9,p,23:prime-minister-of-italyS320,5,p,6:titlesQ320,13,2:S320,14,p,14:Prime MinisterS320,30,p,7:PremierS321,5,p,2:ofS321,9,p,5:ItalyS322,5,p,6:sourceS322,13,p,53:https://en.wikipedia.org/wiki/Prime_Minister_of_ItalyS323,5,p,5:as_ofS323,12,p,10:2025-10-31S324,5,p,7:holdersQ325,7,2:M325,9,3:S325,10,p,6:personS325,18,p,12:mario-draghiS325,32,p,4:fromS325,38,p,10:2021-02-13S325,50,p,5:untilS325,57,p,10:2022-10-22M326,9,2:S326,10,p,6:personS326,18,p,14:giorgia-meloniS326,34,p,4:fromS326,40,p,10:2022-10-22M327,5,6:S327,5,p,2:idS327,9,p,16:emperor-of-japanS328,5,p,6:titlesQ328,13,1:S328,14,p,7:EmperorS329,5,p,2:ofS329,9,p,5:JapanS330,5,p,6:sourceS330,13,p,46:https://en.wikipedia.org/wiki/Emperor_of_JapanS331,5,p,5:as_ofS331,12,p,10:2025-10-31S332,5,p,7:holdersQ333,7,1:M333,9,2:S333,10,p,6:personS333,18,p,8:naruhitoS333,28,p,4:fromS333,34,p,10:2019-05-01M334,5,6:S334,5,p,2:idS334,9,p,23:prime-minister-of-japanS335,5,p,6:titlesQ335,13,2:S335,14,p,14:Prime MinisterS335,30,p,7:PremierS336,5,p,2:ofS336,9,p,5:JapanS337,5,p,6:sourceS337,13,p,53:https://en.wikipedia.org/wiki/Prime_Minister_of_JapanS338,5,p,5:as_ofS338,12,p,10:2025-10-31S339,5,p,7:holdersQ340,7,3:M340,9,3:S340,10,p,6:personS340,18,p,13:fumio-kishidaS340,33,p,4:fromS340,39,p,10:2021-10-04S340,51,p,5:untilS340,58,p,10:2024-10-01M341,9,3:S341,10,p,6:personS341,18,p,14:shigeru-ishibaS341,34,p,4:fromS341,40,p,10:2024-10-01S341,52,p,5:untilS341,59,p,10:2025-10-21M342,9,2:S342,10,p,6:personS342,18,p,14:sanae-takaichiS342,34,p,4:fromS342,40,p,10:2025-10-21M343,5,6:S343,5,p,2:idS343,9,p,24:prime-minister-of-canadaS344,5,p,6:titlesQ344,13,1:S344,14,p,14:Prime MinisterS345,5,p,2:ofS345,9,p,6:CanadaS346,5,p,6:sourceS346,13,p,63:https://en.wikipedia.org/wiki/List_of_prime_ministers_of_CanadaS347,5,p,5:as_ofS347,12,p,10:2025-10-31S348,5,p,7:holdersQ349,7,2:M349,9,3:S349,10,p,6:personS349,18,p,14:justin-trudeauS349,34,p,4:fromS349,40,p,10:2015-11-04S349,52,p,5:untilS349,59,p,10:2025-03-14M350,9,2:S350,10,p,6:personS350,18,p,11:mark-carneyS350,31,p,4:fromS350,37,p,10:2025-03-14",
        "registries/role-words.yml": "M8,1,22:S8,1,p,5:headsQ8,8,242:S9,3,p,5:chiefS9,10,p,8:directorS9,20,p,7:managerS9,29,p,5:coachS9,36,p,12:commissionerS9,50,p,14:superintendentS9,66,p,9:principalS9,77,p,8:ministerS9,87,p,9:secretaryS10,3,p,5:chairS10,10,p,8:chairmanS10,20,p,10:chairwomanS10,32,p,11:chairpersonS10,45,p,9:presidentS10,56,p,5:mayorS10,63,p,8:governorS10,73,p,12:spokespersonS10,87,p,9:spokesmanS11,3,p,11:spokeswomanS11,16,p,7:officerS11,25,p,9:executiveS11,36,p,3:ceoS11,41,p,5:clerkS11,48,p,9:treasurerS11,59,p,7:auditorS11,68,p,13:administratorS11,83,p,10:controllerS12,3,p,11:comptrollerS12,16,p,4:headS12,22,p,4:deanS12,28,p,7:provostS12,37,p,6:rectorS12,45,p,10:chancellorS12,57,p,7:premierS12,66,p,5:judgeS12,73,p,10:magistrateS12,85,p,10:prosecutorS13,3,p,7:sheriffS13,12,p,7:marshalS13,21,p,7:coronerS13,30,p,9:inspectorS13,41,p,10:councillorS13,53,p,9:councilorS13,64,p,10:councilmanS13,76,p,12:councilwomanS13,90,p,8:aldermanS14,3,p,7:senatorS14,12,p,10:ambassadorS14,24,p,5:envoyS14,31,p,7:speakerS14,40,p,7:captainS14,49,p,7:skipperS14,58,p,7:curatorS14,67,p,6:editorS14,75,p,9:publisherS14,86,p,7:founderS15,3,p,5:ownerS15,10,p,6:wardenS15,18,p,9:registrarS15,29,p,9:ombudsmanS15,40,p,12:ombudspersonS15,54,p,7:stewardS15,63,p,7:trusteeS15,72,p,9:conductorS15,83,p,9:architectS16,3,p,8:engineerS16,13,p,9:economistS16,24,p,7:analystS16,33,p,7:plannerS16,42,p,8:surveyorS16,52,p,8:attorneyS16,62,p,9:solicitorS16,73,p,7:counselS16,82,p,9:organiserS17,3,p,9:organizerS17,14,p,11:coordinatorS17,27,p,10:supervisorS17,39,p,9:commanderS17,50,p,10:lieutenantS17,62,p,8:sergeantS17,72,p,9:constableS17,83,p,9:detectiveS18,3,p,9:physicianS18,14,p,7:surgeonS18,23,p,5:nurseS18,30,p,9:scientistS18,41,p,10:researcherS18,53,p,9:professorS18,64,p,8:lecturerS18,74,p,7:teacherS18,83,p,11:headteacherS19,3,p,10:headmasterS19,15,p,12:headmistressS19,29,p,5:vicarS19,36,p,6:bishopS19,44,p,6:pastorS19,52,p,5:rabbiS19,59,p,4:imamS19,65,p,6:leaderS21,3,p,5:maireS21,10,p,7:alcaldeS21,19,p,9:alcaldesaS21,30,p,7:sindacoS21,39,p,7:sindacaS21,48,p,14:bürgermeisterS21,63,p,16:bürgermeisterinS21,80,p,18:oberbürgermeisterS22,3,p,20:oberbürgermeisterinS22,24,p,10:presidenteS22,36,p,10:presidentaS22,48,p,10:présidentS22,59,p,11:présidenteS22,71,p,10:präsidentS22,82,p,12:präsidentinS23,3,p,9:directeurS23,14,p,10:directriceS23,26,p,8:direktorS23,36,p,10:direktorinS23,48,p,9:direttoreS23,59,p,10:direttriceS23,71,p,9:directoraS23,82,p,17:geschäftsführerS24,3,p,19:geschäftsführerinS24,22,p,11:entraîneurS24,34,p,12:entraîneuseS24,47,p,10:entrenadorS24,59,p,11:entrenadoraS24,72,p,10:allenatoreS24,84,p,7:trainerS25,3,p,9:trainerinS25,14,p,7:tecnicoS25,23,p,8:técnicoS25,32,p,8:ministreS25,42,p,8:ministroS25,52,p,8:ministraS25,62,p,10:ministerinS25,74,p,4:juezS25,80,p,5:juezaS25,87,p,4:jugeS25,93,p,7:richterS25,102,p,9:richterinS26,3,p,7:giudiceS26,12,p,11:vorsitzendeS26,25,p,12:vorsitzenderS26,39,p,7:landratS26,48,p,10:landrätinS26,59,p,9:dezernentS26,70,p,11:dezernentinS26,83,p,8:stadtratS27,3,p,11:stadträtinS27,15,p,9:intendantS27,26,p,11:intendantinS27,39,p,7:préfetS27,47,p,9:préfèteS27,56,p,8:prefettoS27,66,p,10:conseillerS27,78,p,12:conseillèreS28,3,p,8:prefeitoS28,13,p,8:prefeitaS28,23,p,7:gerenteS28,32,p,7:diretorS28,41,p,8:diretoraS28,51,p,9:treinadorS28,62,p,10:treinadoraS28,74,p,8:chefarztS28,84,p,11:chefärztinS29,3,p,6:leiterS29,11,p,8:leiterinS29,21,p,13:presidentessaS32,3,p,9:kämmererS32,13,p,9:kämmerinS32,23,p,9:assessoreS32,34,p,9:assessoraS32,45,p,8:vereadorS32,55,p,9:vereadoraS32,66,p,11:secretárioS32,78,p,11:secretáriaS32,90,p,10:secretarioS33,3,p,8:delegadoS33,13,p,8:delegadaS33,23,p,8:portavozS33,33,p,9:portavoceS33,44,p,12:porte-paroleS33,58,p,8:concejalS33,68,p,9:concejalaS33,79,p,11:consigliereS33,92,p,11:consiglieraS34,3,p,7:adjointS34,12,p,8:adjointeS34,22,p,9:consejeroS34,33,p,9:consejeraS34,44,p,11:conselheiroS34,57,p,11:conselheiraS34,70,p,9:procureurS34,81,p,10:procureureS35,3,p,11:procuratoreS35,16,p,12:procuratriceS35,30,p,6:rektorS35,38,p,8:rektorinS35,48,p,5:dekanS35,55,p,7:dekaninS35,64,p,11:schulleiterS35,77,p,13:schulleiterinS36,3,p,9:comisarioS36,14,p,9:comisariaS36,25,p,11:commissaireS36,38,p,10:comandanteS36,50,p,7:rectoraS36,59,p,7:rettoreS36,68,p,8:rettriceS36,78,p,7:recteurS36,87,p,8:rectriceS37,3,p,6:reitorS37,11,p,7:reitoraS37,20,p,10:gobernadorS37,32,p,11:gobernadoraS37,45,p,10:governadorS37,57,p,11:governadoraS37,70,p,7:regidorS37,79,p,8:regidoraS38,3,p,11:coordinadorS38,16,p,12:coordinadoraS38,30,p,11:coordenadorS38,43,p,12:coordenadoraS38,57,p,12:coordinatoreS38,71,p,13:coordinatriceS38,86,p,12:coordinateurS39,3,p,8:questoreS39,13,p,9:proviseurS39,24,p,10:proviseureS39,36,p,5:doyenS39,43,p,7:doyenneS39,52,p,10:déléguéS39,61,p,11:déléguéeS39,71,p,14:sélectionneurS40,3,p,13:seleccionadorS40,18,p,14:seleccionadoraS40,34,p,9:dirigenteS40,45,p,8:kapitänS40,54,p,10:kapitäninS40,65,p,4:juizS40,71,p,6:juízaS44,1,p,9:modifiersQ44,12,150:S45,3,p,4:fireS45,9,p,6:policeS45,17,p,6:countyS45,25,p,4:cityS45,31,p,5:stateS45,38,p,6:schoolS45,46,p,6:healthS45,54,p,7:medicalS45,63,p,4:headS45,69,p,5:chiefS45,76,p,9:executiveS45,87,p,7:financeS46,3,p,9:financialS46,14,p,9:technicalS46,25,p,8:sportingS46,35,p,4:raceS46,41,p,4:teamS46,47,p,7:generalS46,56,p,8:managingS46,66,p,9:operatingS46,77,p,10:operationsS47,3,p,14:communicationsS47,19,p,9:programmeS47,30,p,7:programS47,39,p,7:projectS47,48,p,6:publicS47,56,p,8:nationalS47,66,p,8:regionalS47,76,p,8:districtS47,86,p,5:courtS48,3,p,4:townS48,9,p,5:boardS48,16,p,4:clubS48,22,p,9:transportS48,33,p,9:educationS48,44,p,7:foreignS48,53,p,8:interiorS48,63,p,7:defenceS48,72,p,7:defenseS48,81,p,7:justiceS48,90,p,8:attorneyS49,3,p,6:deputyS49,11,p,4:viceS49,17,p,9:assistantS49,28,p,9:associateS49,39,p,6:seniorS49,47,p,9:principalS49,58,p,4:leadS49,64,p,8:artisticS49,74,p,8:creativeS49,84,p,7:musicalS50,3,p,6:museumS50,11,p,8:hospitalS50,21,p,8:clinicalS50,31,p,7:nursingS50,40,p,8:academicS50,50,p,8:athleticS50,60,p,8:footballS50,70,p,10:basketballS50,82,p,8:baseballS51,3,p,6:hockeyS51,11,p,5:rugbyS51,18,p,7:cricketS51,27,p,8:electionS51,37,p,9:electionsS51,48,p,9:electoralS51,59,p,6:budgetS51,67,p,7:housingS51,76,p,8:planningS51,86,p,5:parksS52,3,p,5:waterS52,10,p,7:harbourS52,19,p,6:harborS52,27,p,4:portS52,33,p,7:airportS52,42,p,7:transitS52,51,p,7:libraryS52,60,p,8:festivalS52,70,p,9:marketingS52,81,p,5:salesS52,88,p,8:researchS53,3,p,7:scienceS53,12,p,10:scientificS53,24,p,11:informationS53,37,p,10:technologyS53,49,p,8:securityS53,59,p,6:safetyS53,67,p,9:emergencyS53,78,p,13:environmentalS54,3,p,11:environmentS54,16,p,11:agricultureS54,29,p,5:tradeS54,36,p,6:labourS54,44,p,5:laborS54,51,p,6:energyS54,59,p,7:cultureS54,68,p,6:sportsS54,76,p,7:tourismS54,85,p,7:economyS55,3,p,8:treasuryS55,13,p,6:parishS55,21,p,7:villageS55,30,p,7:boroughS55,39,p,9:municipalS55,50,p,12:metropolitanS55,64,p,10:provincialS55,76,p,7:federalS56,3,p,5:humanS56,10,p,9:resourcesS56,21,p,7:medicalS56,30,p,8:examinerS56,40,p,5:legalS56,47,p,4:riskS56,53,p,10:complianceS56,65,p,10:investmentS56,77,p,8:investorS56,87,p,9:relationsS57,3,p,5:pressS57,10,p,5:mediaS57,17,p,4:newsS57,23,p,5:fleetS57,30,p,8:divisionS57,40,p,6:branchS57,48,p,7:stationS57,57,p,4:siteS57,63,p,5:plantS57,70,p,5:storeS57,77,p,4:wardS57,83,p,4:unitS57,89,p,6:zoningS58,3,p,9:inspectorS58,14,p,7:coronerS58,23,p,6:fiscalS58,31,p,8:customerS58,41,p,7:productS58,50,p,6:designS58,58,p,4:dataS58,64,p,7:digitalS58,73,p,7:contentS58,82,p,9:editorialS59,3,p,8:managingS59,13,p,4:newsS59,19,p,6:sportsS59,27,p,5:youthS59,34,p,8:under-21S59,44,p,10:first-teamS59,56,p,3:proS59,61,p,7:temporeS59,70,p,5:primeS59,77,p,9:presidingS65,1,p,14:post_modifiersQ65,17,71:S66,3,p,11:territorialS66,16,p,9:municipalS66,27,p,8:regionalS66,37,p,10:provincialS66,49,p,8:estadualS66,59,p,7:estatalS66,68,p,7:federalS66,77,p,8:nacionalS66,87,p,8:nationalS67,3,p,9:nazionaleS67,14,p,8:comunaleS67,24,p,9:regionaleS67,35,p,11:provincialeS67,48,p,13:departamentalS67,63,p,14:départementalS67,78,p,7:generalS67,87,p,9:généralS68,3,p,10:généraleS68,13,p,8:generaleS68,23,p,5:geralS68,30,p,9:ejecutivoS68,41,p,9:ejecutivaS68,52,p,9:executivoS68,63,p,9:executivaS68,74,p,9:esecutivoS68,85,p,9:esecutivaS69,3,p,9:exécutifS69,13,p,10:exécutiveS69,24,p,7:adjuntoS69,33,p,7:adjuntaS69,42,p,7:adjointS69,51,p,8:adjointeS69,61,p,8:aggiuntoS69,71,p,7:médicoS69,79,p,7:médicaS69,87,p,6:medicoS70,3,p,8:técnicoS70,12,p,8:técnicaS70,21,p,7:tecnicoS70,30,p,9:deportivoS70,41,p,9:deportivaS70,52,p,10:desportivoS70,64,p,8:sportivoS70,74,p,7:sportifS70,83,p,8:sportiveS71,3,p,10:financieroS71,15,p,10:financieraS71,27,p,10:financeiroS71,39,p,10:financeiraS71,51,p,11:finanziarioS71,64,p,9:financierS71,75,p,11:financièreS71,87,p,9:comercialS72,3,p,11:commercialeS72,16,p,11:científicoS72,28,p,11:científicaS72,40,p,11:scientificoS72,53,p,12:scientifiqueS72,67,p,10:artísticoS72,78,p,10:artísticaS72,89,p,9:artisticoS73,3,p,10:artistiqueS73,15,p,4:jefeS73,21,p,4:jefaS73,27,p,10:scolasticoS73,39,p,10:scolasticaS73,51,p,9:sanitarioS73,62,p,9:sanitariaS73,73,p,9:sanitaireS73,84,p,9:educativoS74,3,p,9:educativaS82,1,p,14:compound_headsQ82,17,34:S83,3,p,8:ministerS83,13,p,10:ministerinS83,25,p,10:präsidentS83,36,p,12:präsidentinS83,49,p,14:bürgermeisterS83,64,p,16:bürgermeisterinS83,81,p,8:direktorS84,3,p,10:direktorinS84,15,p,6:leiterS84,23,p,8:leiterinS84,33,p,11:vorsitzendeS84,46,p,12:vorsitzenderS84,60,p,9:dezernentS84,71,p,11:dezernentinS84,84,p,9:kämmererS85,3,p,9:kämmerinS85,13,p,11:beauftragteS85,26,p,12:beauftragterS85,40,p,7:trainerS85,49,p,9:trainerinS85,60,p,9:intendantS85,71,p,11:intendantinS85,84,p,10:kommandantS86,3,p,12:kommandantinS86,17,p,6:rektorS86,25,p,8:rektorinS86,35,p,12:brandmeisterS86,49,p,14:brandmeisterinS86,65,p,17:geschäftsführerS86,82,p,19:geschäftsführerinS87,3,p,7:senatorS87,12,p,9:senatorinS87,23,p,4:chefS87,29,p,6:chefinS93,1,p,8:synonymsQ93,11,11:S94,3,d,21:ceo = chief executiveS94,28,d,41:chief executive officer = chief executiveS94,73,d,29:cfo = chief financial officerS95,3,d,39:finance chief = chief financial officerS95,46,d,29:coo = chief operating officerS95,79,d,16:chairman = chairS96,3,d,18:chairwoman = chairS96,25,d,19:chairperson = chairS96,48,d,26:headteacher = head teacherS97,3,d,25:headmaster = head teacherS97,32,d,27:headmistress = head teacherS103,1,p,6:sharedQ103,9,125:S104,3,p,8:ministerS104,13,p,9:secretaryS104,24,p,7:senatorS104,33,p,5:judgeS104,40,p,10:ambassadorS104,52,p,5:envoyS104,59,p,12:commissionerS104,73,p,10:councillorS104,85,p,9:councilorS105,3,p,10:councilmanS105,15,p,12:councilwomanS105,29,p,8:aldermanS105,39,p,7:trusteeS105,48,p,7:officerS105,57,p,5:coachS105,64,p,12:spokespersonS105,78,p,9:spokesmanS106,3,p,11:spokeswomanS106,16,p,7:analystS106,25,p,9:economistS106,36,p,9:professorS106,47,p,8:lecturerS106,57,p,7:teacherS106,66,p,9:physicianS106,77,p,7:surgeonS106,86,p,5:nurseS107,3,p,9:scientistS107,14,p,10:researcherS107,26,p,8:engineerS107,36,p,9:architectS107,47,p,8:attorneyS107,57,p,9:solicitorS107,68,p,7:counselS107,77,p,10:lieutenantS107,89,p,8:sergeantS108,3,p,9:constableS108,14,p,9:detectiveS108,25,p,9:inspectorS108,36,p,7:captainS108,45,p,10:magistrateS108,57,p,10:prosecutorS108,69,p,6:editorS108,77,p,7:founderS108,86,p,5:ownerS109,3,p,8:directorS109,13,p,7:managerS109,22,p,9:executiveS109,33,p,9:organiserS109,44,p,9:organizerS109,55,p,11:coordinatorS109,68,p,10:supervisorS109,80,p,7:plannerS109,89,p,4:headS110,3,p,5:vicarS110,10,p,6:pastorS110,18,p,5:rabbiS110,25,p,4:imamS110,31,p,6:bishopS110,39,p,7:curatorS110,48,p,7:stewardS110,57,p,6:wardenS110,65,p,7:trainerS110,74,p,10:conseillerS111,3,p,12:conseillèreS111,16,p,8:stadtratS111,26,p,11:stadträtinS111,38,p,8:ministreS111,48,p,8:ministroS111,58,p,8:ministraS111,68,p,10:ministerinS111,80,p,4:juezS111,86,p,5:juezaS111,93,p,4:jugeS112,3,p,7:richterS112,12,p,9:richterinS112,23,p,7:giudiceS112,32,p,9:dezernentS112,43,p,11:dezernentinS112,56,p,9:assistantS112,67,p,6:deputyS112,75,p,5:clerkS113,3,p,9:assessoreS113,14,p,9:assessoraS113,25,p,8:vereadorS113,35,p,9:vereadoraS113,46,p,11:secretárioS113,58,p,11:secretáriaS113,70,p,10:secretarioS113,82,p,8:delegadoS113,92,p,8:delegadaS114,3,p,8:portavozS114,13,p,9:portavoceS114,24,p,12:porte-paroleS114,38,p,8:concejalS114,48,p,9:concejalaS114,59,p,11:consigliereS114,72,p,11:consiglieraS114,85,p,7:adjointS115,3,p,8:adjointeS115,13,p,9:consejeroS115,24,p,9:consejeraS115,35,p,11:conselheiroS115,48,p,11:conselheiraS115,61,p,9:procureurS115,72,p,10:procureureS115,84,p,11:procuratoreS116,3,p,12:procuratriceS116,17,p,9:comisarioS116,28,p,9:comisariaS116,39,p,11:commissaireS116,52,p,10:comandanteS116,64,p,7:regidorS116,73,p,8:regidoraS116,83,p,11:coordinadorS117,3,p,12:coordinadoraS117,17,p,11:coordenadorS117,30,p,12:coordenadoraS117,44,p,12:coordinatoreS117,58,p,13:coordinatriceS117,73,p,12:coordinateurS117,87,p,9:dirigenteS118,3,p,10:déléguéS118,12,p,11:déléguéeS118,22,p,4:juizS118,28,p,6:juízaS124,1,p,9:org_nounsQ124,12,67:S125,3,p,10:commissionS125,15,p,7:councilS125,24,p,5:boardS125,31,p,9:committeeS125,42,p,9:authorityS125,53,p,6:agencyS125,61,p,10:departmentS125,73,p,8:ministryS125,83,p,6:officeS125,91,p,6:bureauS126,3,p,7:serviceS126,12,p,8:servicesS126,22,p,5:trustS126,29,p,10:foundationS126,41,p,4:clubS126,47,p,7:companyS126,56,p,11:corporationS126,69,p,5:groupS126,76,p,4:bankS126,82,p,8:hospitalS126,92,p,6:schoolS127,3,p,10:universityS127,15,p,7:collegeS127,24,p,8:districtS127,34,p,6:museumS127,42,p,7:libraryS127,51,p,11:associationS127,64,p,10:federationS127,76,p,5:unionS127,83,p,9:instituteS128,3,p,7:societyS128,12,p,5:courtS128,19,p,6:policeS128,27,p,4:fireS128,33,p,10:parliamentS128,45,p,8:assemblyS128,55,p,6:senateS128,63,p,5:panelS128,70,p,4:teamS128,76,p,6:leagueS128,84,p,8:festivalS129,3,p,9:orchestraS129,14,p,7:theatreS129,23,p,7:theaterS129,32,p,3:zooS129,37,p,4:portS129,43,p,7:airportS129,52,p,7:utilityS129,61,p,9:utilitiesS129,72,p,11:cooperativeS129,85,p,11:partnershipS130,3,p,7:networkS130,12,p,6:centreS130,20,p,6:centerS130,28,p,6:clinicS130,36,p,7:academyS130,45,p,6:churchS130,53,p,7:dioceseS130,62,p,6:parishS130,70,p,6:countyS130,78,p,4:cityS130,84,p,4:townS130,90,p,7:villageS131,3,p,7:boroughS131,12,p,5:stateS131,19,p,6:regionS131,27,p,8:provinceS135,1,p,10:honorificsQ135,13,27:S136,3,p,2:mrS136,7,p,3:mrsS136,12,p,2:msS136,16,p,4:missS136,22,p,2:mxS136,26,p,2:drS136,30,p,4:profS136,36,p,3:sirS136,41,p,4:dameS136,47,p,4:lordS136,53,p,4:ladyS136,59,p,2:srS136,63,p,3:sraS136,68,p,4:srtaS136,74,p,3:donS136,79,p,5:doñaS136,85,p,1:mS136,88,p,3:mmeS136,93,p,4:mlleS137,3,p,4:herrS137,9,p,4:frauS137,15,p,4:dottS137,21,p,7:dottssaS137,30,p,3:sigS137,35,p,5:sigraS137,42,p,3:avvS137,47,p,3:ingS141,1,p,4:skipQ141,7,47:S142,3,p,6:formerS142,11,p,2:exS142,15,p,4:thenS142,21,p,4:lateS142,27,p,6:actingS142,35,p,7:interimS142,44,p,8:incomingS142,54,p,8:outgoingS142,64,p,8:previousS142,74,p,4:pastS142,80,p,11:predecessorS143,3,p,9:successorS143,14,p,6:futureS143,22,p,4:nextS143,28,p,5:firstS143,35,p,3:newS143,40,p,7:retiredS143,49,p,8:foundingS143,59,p,9:erstwhileS143,70,p,7:onetimeS143,79,p,8:one-timeS143,89,p,8:longtimeS144,3,p,9:long-timeS144,14,p,9:legendaryS144,25,p,5:famedS144,32,p,6:iconicS144,40,p,8:originalS144,50,p,8:historicS144,60,p,4:lateS144,66,p,9:ehemaligeS144,77,p,10:ehemaligerS144,89,p,9:frühererS144,99,p,8:frühereS144,108,p,4:neueS144,114,p,5:neuerS144,121,p,6:ancienS144,129,p,8:ancienneS144,139,p,7:nouveauS145,3,p,8:nouvelleS145,13,p,7:antiguoS145,22,p,7:antiguaS145,31,p,5:nuevoS145,38,p,5:nuevaS145,45,p,3:ex-S145,50,p,12:expresidenteS145,64,p,9:exalcaldeS145,75,p,13:ex-presidenteS150,1,p,10:transitionQ150,13,34:S151,3,p,7:succeedS151,12,p,9:succeededS151,23,p,8:succeedsS151,33,p,10:succeedingS151,45,p,9:successorS151,56,p,11:predecessorS151,69,p,8:replacedS151,79,p,8:resignedS152,3,p,11:resignationS152,16,p,7:retiredS152,25,p,10:retirementS152,37,p,7:steppedS152,46,p,6:oustedS152,54,p,5:firedS152,61,p,6:sackedS152,69,p,9:dismissedS152,80,p,9:appointedS152,91,p,5:swornS153,3,p,7:electedS153,12,p,8:precededS153,22,p,8:promotedS153,32,p,9:promotionS153,43,p,10:nachfolgerS153,55,p,12:nachfolgerinS153,69,p,10:vorgängerS153,80,p,12:vorgängerinS153,93,p,10:successeurS154,3,p,14:prédécesseurS154,17,p,7:sucesorS154,26,p,8:sucesoraS154,36,p,10:predecesorS154,48,p,11:predecesoraS154,61,p,10:successoreS154,73,p,12:predecessoreS162,1,p,12:role_classesQ162,15,1:S163,3,d,374:manager | head coach | first-team coach | first team coach | técnico | treinador | treinadora | entrenador | entrenadora | director técnico | directora técnica | allenatore | allenatrice | tecnico | trainer | trainerin | cheftrainer | cheftrainerin | entraîneur | entraîneuse | entraîneur principal | seleccionador | selecionador | sélectionneur | commissario tecnicoS170,1,p,14:incoming_wordsQ170,17,17:S171,3,p,3:newS171,8,p,5:newlyS171,15,p,5:nuovoS171,22,p,5:nuovaS171,29,p,3:neoS171,34,p,7:nouveauS171,43,p,6:nouvelS171,51,p,8:nouvelleS171,61,p,4:neueS171,67,p,5:neuerS171,74,p,5:neuenS171,81,p,5:nuevoS171,88,p,5:nuevaS172,3,p,4:novoS172,9,p,4:novaS172,15,p,7:reciénS172,23,p,6:recémS174,1,p,11:elect_wordsQ174,14,15:S175,3,p,7:electedS175,12,p,6:elettoS175,20,p,6:elettaS175,28,p,6:eleitoS175,36,p,6:eleitaS175,44,p,6:electoS175,52,p,6:electaS175,60,p,7:elegidoS175,69,p,7:elegidaS175,78,p,4:éluS175,83,p,5:élueS175,89,p,9:gewählteS176,3,p,10:gewählterS176,14,p,12:neugewählteS176,27,p,13:neugewählterS180,1,p,7:copulasQ180,10,24:S181,3,p,2:isS181,7,p,3:wasS181,12,p,3:hasS181,17,p,4:beenS181,23,p,7:becomesS181,32,p,6:becameS181,40,p,2:èS181,43,p,2:éS181,46,p,2:esS181,50,p,3:estS181,55,p,3:istS181,60,p,5:statoS181,67,p,5:stataS181,74,p,3:foiS181,79,p,3:fueS181,84,p,5:étéS181,89,p,1:aS181,92,p,5:wurdeS182,3,p,7:diventaS182,12,p,5:tornaS182,19,p,5:saràS182,25,p,5:seráS182,31,p,4:seraS182,37,p,2:haS189,1,p,16:demonym_suffixesQ189,19,8:S189,20,p,4:istaS189,26,p,5:istasS189,33,p,4:enseS189,39,p,5:ensesS189,46,p,3:inoS189,51,p,3:inaS189,56,p,4:inosS189,62,p,4:inasS194,1,p,12:street_afterQ194,15,47:S195,3,p,4:roadS195,9,p,2:rdS195,13,p,6:streetS195,21,p,2:stS195,25,p,6:avenueS195,33,p,3:aveS195,38,p,4:laneS195,44,p,5:driveS195,51,p,3:wayS195,56,p,5:closeS195,63,p,8:crescentS195,73,p,5:placeS195,80,p,6:squareS195,88,p,4:parkS196,3,p,7:gardensS196,12,p,7:terraceS196,21,p,4:hillS196,27,p,6:bridgeS196,35,p,6:estateS196,43,p,9:boulevardS196,54,p,3:rowS196,59,p,5:groveS196,66,p,4:walkS196,72,p,4:mewsS196,78,p,5:greenS196,85,p,6:paradeS196,93,p,4:riseS197,3,p,5:courtS197,10,p,4:hallS197,16,p,5:houseS197,23,p,6:centreS197,31,p,6:centerS197,39,p,6:schoolS197,47,p,7:collegeS197,56,p,7:academyS197,65,p,4:farmS197,71,p,4:woodS197,77,p,5:woodsS197,84,p,5:fieldS197,91,p,6:fieldsS198,3,p,7:straßeS198,11,p,7:strasseS198,20,p,3:wegS198,25,p,5:platzS198,32,p,5:alleeS198,39,p,5:gasseS198,46,p,4:ringS200,1,p,13:street_beforeQ200,16,22:S201,3,p,5:calleS201,10,p,7:avenidaS201,19,p,2:avS201,23,p,3:ruaS201,28,p,3:viaS201,33,p,5:vialeS201,40,p,6:piazzaS201,48,p,8:piazzaleS201,58,p,5:corsoS201,65,p,6:vicoloS201,73,p,6:stradaS201,81,p,3:rueS201,86,p,9:boulevardS202,3,p,5:placeS202,10,p,6:praçaS202,17,p,5:plazaS202,24,p,5:paseoS202,31,p,8:travessaS202,41,p,5:largoS202,48,p,6:carrerS202,56,p,5:rondaS202,63,p,6:caminoS207,1,p,11:org_affixesQ207,14,36:S208,3,p,2:fcS208,7,p,3:afcS208,12,p,2:cfS208,16,p,2:acS208,20,p,2:asS208,24,p,2:scS208,28,p,2:cdS208,32,p,2:udS208,36,p,2:sdS208,40,p,2:rcS208,44,p,2:svS208,48,p,3:vfbS208,53,p,3:vflS208,58,p,3:tsvS208,63,p,3:tsgS208,68,p,2:ecS208,72,p,2:seS208,76,p,2:caS208,80,p,2:crS208,84,p,2:usS208,88,p,2:ssS208,92,p,3:asdS209,3,p,2:ogS209,7,p,2:fkS209,11,p,2:skS209,15,p,2:nkS209,19,p,2:bkS209,23,p,2:ifS209,27,p,2:ikS209,31,p,2:kvS209,35,p,3:krcS209,40,p,3:rscS209,45,p,2:slS209,49,p,4:clubS209,55,p,5:clubeS209,62,p,6:calcioS215,1,p,16:incoming_officesQ215,19,56:S216,3,p,5:mayorS216,10,p,7:alcaldeS216,19,p,9:alcaldesaS216,30,p,7:sindacoS216,39,p,7:sindacaS216,48,p,5:maireS216,55,p,14:bürgermeisterS216,70,p,16:bürgermeisterinS217,3,p,18:oberbürgermeisterS217,22,p,20:oberbürgermeisterinS217,43,p,8:prefeitoS217,53,p,8:prefeitaS217,63,p,9:presidentS217,74,p,10:presidenteS217,86,p,10:presidentaS218,3,p,10:présidentS218,14,p,11:présidenteS218,26,p,10:präsidentS218,37,p,12:präsidentinS218,50,p,8:governorS218,60,p,10:gobernadorS218,72,p,11:gobernadoraS218,85,p,10:governadorS219,3,p,11:governadoraS219,16,p,10:chancellorS219,28,p,7:premierS219,37,p,14:prime ministerS219,53,p,3:ceoS219,58,p,15:chief executiveS219,75,p,23:chief executive officerS220,3,p,5:chairS220,10,p,8:chairmanS220,20,p,10:chairwomanS220,32,p,11:chairpersonS220,45,p,11:headteacherS220,58,p,12:head teacherS220,72,p,10:headmasterS220,84,p,12:headmistressS221,3,p,9:principalS221,14,p,14:superintendentS221,30,p,6:rectorS221,38,p,7:rectoraS221,47,p,7:rettoreS221,56,p,7:recteurS221,65,p,6:reitorS221,73,p,7:reitoraS221,82,p,6:rektorS221,90,p,8:rektorinS222,3,p,7:provostS222,12,p,15:vice-chancellorS222,29,p,7:speakerS222,38,p,7:landratS222,47,p,10:landrätinS222,58,p,7:préfetS222,66,p,9:préfèteS222,75,p,8:prefettoS227,1,p,13:team_sectionsQ227,16,34:S228,3,p,5:womenS228,10,p,5:womanS228,17,p,6:ladiesS228,25,p,3:menS228,30,p,8:reservesS228,40,p,7:reserveS228,49,p,5:youthS228,56,p,7:academyS228,65,p,7:juniorsS228,74,p,3:u21S228,79,p,4:u-21S228,85,p,3:u23S228,90,p,4:u-23S229,3,p,8:under-21S229,13,p,8:under-23S229,23,p,1:bS229,26,p,2:iiS229,30,p,8:femeninoS229,40,p,8:femeninaS229,50,p,8:femininoS229,60,p,8:femininaS229,70,p,9:femminileS229,81,p,6:frauenS229,89,p,5:damenS230,3,p,9:féminineS230,13,p,10:fémininesS230,24,p,7:juvenilS230,33,p,6:sub-20S230,41,p,6:sub-17S230,49,p,6:sub-23S230,57,p,9:primaveraS230,68,p,6:jugendS230,76,p,7:espoirsS230,85,p,2:iiS241,1,p,17:exclusive_officesQ241,20,4:S242,3,d,161:constable | sergeant | inspector | chief inspector | superintendent | chief superintendent | assistant chief constable | deputy chief constable | chief constableS243,3,d,147:private | lance corporal | corporal | sergeant | staff sergeant | lieutenant | captain | major | lieutenant colonel | colonel | brigadier | generalS244,3,d,240:chief executive | chief financial officer | chief operating officer | chief technology officer | chief marketing officer | managing director | finance director | operations director | technical director | sales director | marketing directorS245,3,d,24:leader | chief executiveS249,1,p,14:rank_modifiersQ249,17,6:S249,18,p,9:detectiveS249,29,p,3:detS249,34,p,6:policeS249,42,p,2:pcS249,46,p,2:dsS249,50,p,2:di",
        "registries/sources.yml": "M9,1,1:S9,1,p,7:sourcesQ11,3,71:M11,5,7:S11,6,p,2:idS11,10,p,7:reutersS11,19,p,4:nameS11,25,p,7:ReutersS11,34,p,7:aliasesQ11,43,1:S11,44,p,15:Thomson ReutersS11,62,p,7:domainsQ11,71,1:S11,72,p,11:reuters.comS11,86,p,4:kindS11,92,p,4:wireS11,98,p,6:sourceS11,106,d,24:https://www.reuters.com/S11,134,p,5:as_ofS11,141,p,10:2025-10-31M12,5,7:S12,6,p,2:idS12,10,p,2:apS12,14,p,4:nameS12,20,p,16:Associated PressS12,38,p,7:aliasesQ12,47,2:S12,48,p,2:APS12,52,p,20:The Associated PressS12,75,p,7:domainsQ12,84,2:S12,85,p,10:apnews.comS12,97,p,6:ap.orgS12,106,p,4:kindS12,112,p,4:wireS12,118,p,6:sourceS12,126,d,19:https://apnews.com/S12,149,p,5:as_ofS12,156,p,10:2025-10-31M13,5,7:S13,6,p,2:idS13,10,p,3:afpS13,15,p,4:nameS13,21,p,3:AFPS13,26,p,7:aliasesQ13,35,2:S13,36,p,20:Agence France-PresseS13,58,p,20:Agence France PresseS13,81,p,7:domainsQ13,90,1:S13,91,p,7:afp.comS13,101,p,4:kindS13,107,p,4:wireS13,113,p,6:sourceS13,121,d,20:https://www.afp.com/S13,145,p,5:as_ofS13,152,p,10:2025-10-31M14,5,7:S14,6,p,2:idS14,10,p,9:bloombergS14,21,p,4:nameS14,27,p,9:BloombergS14,38,p,7:aliasesQ14,47,1:S14,48,p,14:Bloomberg NewsS14,65,p,7:domainsQ14,74,1:S14,75,p,13:bloomberg.comS14,91,p,4:kindS14,97,p,4:wireS14,103,p,6:sourceS14,111,d,26:https://www.bloomberg.com/S14,141,p,5:as_ofS14,148,p,10:2025-10-31M15,5,7:S15,6,p,2:idS15,10,p,6:yonhapS15,18,p,4:nameS15,24,p,6:YonhapS15,32,p,7:aliasesQ15,41,2:S15,42,p,18:Yonhap News AgencyS15,62,p,11:Yonhap NewsS15,76,p,7:domainsQ15,85,2:S15,86,p,9:yna.co.krS15,97,p,16:yonhapnews.co.krS15,116,p,4:kindS15,122,p,4:wireS15,128,p,6:sourceS15,136,d,21:https://en.yna.co.kr/S15,161,p,5:as_ofS15,168,p,10:2025-10-31M16,5,7:S16,6,p,2:idS16,10,p,6:xinhuaS16,18,p,4:nameS16,24,p,6:XinhuaS16,32,p,7:aliasesQ16,41,1:S16,42,p,18:Xinhua News AgencyS16,63,p,7:domainsQ16,72,2:S16,73,p,13:xinhuanet.comS16,88,p,7:news.cnS16,98,p,4:kindS16,104,p,4:wireS16,110,p,6:sourceS16,118,d,24:https://english.news.cn/S16,146,p,5:as_ofS16,153,p,10:2025-10-31M17,5,7:S17,6,p,2:idS17,10,p,5:kyodoS17,17,p,4:nameS17,23,p,5:KyodoS17,30,p,7:aliasesQ17,39,1:S17,40,p,10:Kyodo NewsS17,53,p,7:domainsQ17,62,2:S17,63,p,13:kyodonews.netS17,78,p,12:kyodonews.jpS17,93,p,4:kindS17,99,p,4:wireS17,105,p,6:sourceS17,113,d,30:https://english.kyodonews.net/S17,147,p,5:as_ofS17,154,p,10:2025-10-31M18,5,6:S18,6,p,2:idS18,10,p,4:tassS18,16,p,4:nameS18,22,p,4:TASSS18,28,p,7:domainsQ18,37,2:S18,38,p,8:tass.comS18,48,p,7:tass.ruS18,58,p,4:kindS18,64,p,4:wireS18,70,p,6:sourceS18,78,d,17:https://tass.com/S18,99,p,5:as_ofS18,106,p,10:2025-10-31M19,5,7:S19,6,p,2:idS19,10,p,3:dpaS19,15,p,4:nameS19,21,p,3:dpaS19,26,p,7:aliasesQ19,35,1:S19,36,p,23:Deutsche Presse-AgenturS19,62,p,7:domainsQ19,71,1:S19,72,p,7:dpa.comS19,82,p,4:kindS19,88,p,4:wireS19,94,p,6:sourceS19,102,d,20:https://www.dpa.com/S19,126,p,5:as_ofS19,133,p,10:2025-10-31M20,5,6:S20,6,p,2:idS20,10,p,4:ansaS20,16,p,4:nameS20,22,p,4:ANSAS20,28,p,7:domainsQ20,37,1:S20,38,p,7:ansa.itS20,48,p,4:kindS20,54,p,4:wireS20,60,p,6:sourceS20,68,d,20:https://www.ansa.it/S20,92,p,5:as_ofS20,99,p,10:2025-10-31M21,5,7:S21,6,p,2:idS21,10,p,3:efeS21,15,p,4:nameS21,21,p,3:EFES21,26,p,7:aliasesQ21,35,1:S21,36,p,11:Agencia EFES21,50,p,7:domainsQ21,59,1:S21,60,p,7:efe.comS21,70,p,4:kindS21,76,p,4:wireS21,82,p,6:sourceS21,90,d,16:https://efe.com/S21,110,p,5:as_ofS21,117,p,10:2025-10-31M22,5,6:S22,6,p,2:idS22,10,p,8:interfaxS22,20,p,4:nameS22,26,p,8:InterfaxS22,36,p,7:domainsQ22,45,2:S22,46,p,12:interfax.comS22,60,p,11:interfax.ruS22,74,p,4:kindS22,80,p,4:wireS22,86,p,6:sourceS22,94,d,21:https://interfax.com/S22,119,p,5:as_ofS22,126,p,10:2025-10-31M23,5,7:S23,6,p,2:idS23,10,p,6:khovarS23,18,p,4:nameS23,24,p,6:KhovarS23,32,p,7:aliasesQ23,41,1:S23,42,p,41:National Information Agency of TajikistanS23,86,p,7:domainsQ23,95,1:S23,96,p,9:khovar.tjS23,108,p,4:kindS23,114,p,4:wireS23,120,p,6:sourceS23,128,d,22:https://khovar.tj/eng/S23,154,p,5:as_ofS23,161,p,10:2025-10-31M24,5,6:S24,6,p,2:idS24,10,p,9:asia-plusS24,21,p,4:nameS24,27,p,9:Asia-PlusS24,38,p,7:domainsQ24,47,1:S24,48,p,15:asiaplustj.infoS24,66,p,4:kindS24,72,p,4:wireS24,78,p,6:sourceS24,86,d,26:https://asiaplustj.info/enS24,116,p,5:as_ofS24,123,p,10:2025-10-31M25,5,7:S25,6,p,2:idS25,10,p,5:kabarS25,17,p,4:nameS25,23,p,5:KabarS25,30,p,7:aliasesQ25,39,1:S25,40,p,17:Kabar News AgencyS25,60,p,7:domainsQ25,69,1:S25,70,p,8:kabar.kgS25,81,p,4:kindS25,87,p,4:wireS25,93,p,6:sourceS25,101,d,20:https://en.kabar.kg/S25,125,p,5:as_ofS25,132,p,10:2025-10-31M26,5,6:S26,6,p,2:idS26,10,p,8:akipressS26,20,p,4:nameS26,26,p,8:AKIpressS26,36,p,7:domainsQ26,45,1:S26,46,p,12:akipress.comS26,61,p,4:kindS26,67,p,4:wireS26,73,p,6:sourceS26,81,d,21:https://akipress.com/S26,106,p,5:as_ofS26,113,p,10:2025-10-31M28,5,7:S28,6,p,2:idS28,10,p,3:bbcS28,15,p,4:nameS28,21,p,3:BBCS28,26,p,7:aliasesQ28,35,1:S28,36,p,8:BBC NewsS28,47,p,7:domainsQ28,56,2:S28,57,p,7:bbc.comS28,66,p,9:bbc.co.ukS28,78,p,4:kindS28,84,p,11:broadcasterS28,97,p,6:sourceS28,105,d,24:https://www.bbc.com/newsS28,133,p,5:as_ofS28,140,p,10:2025-10-31M29,5,6:S29,6,p,2:idS29,10,p,3:cnnS29,15,p,4:nameS29,21,p,3:CNNS29,26,p,7:domainsQ29,35,1:S29,36,p,7:cnn.comS29,46,p,4:kindS29,52,p,11:broadcasterS29,65,p,6:sourceS29,73,d,24:https://edition.cnn.com/S29,101,p,5:as_ofS29,108,p,10:2025-10-31M30,5,6:S30,6,p,2:idS30,10,p,3:nprS30,15,p,4:nameS30,21,p,3:NPRS30,26,p,7:domainsQ30,35,1:S30,36,p,7:npr.orgS30,46,p,4:kindS30,52,p,11:broadcasterS30,65,p,6:sourceS30,73,d,20:https://www.npr.org/S30,97,p,5:as_ofS30,104,p,10:2025-10-31M31,5,6:S31,6,p,2:idS31,10,p,10:al-jazeeraS31,22,p,4:nameS31,28,p,10:Al JazeeraS31,40,p,7:domainsQ31,49,2:S31,50,p,13:aljazeera.comS31,65,p,13:aljazeera.netS31,81,p,4:kindS31,87,p,11:broadcasterS31,100,p,6:sourceS31,108,d,26:https://www.aljazeera.com/S31,138,p,5:as_ofS31,145,p,10:2025-10-31M32,5,7:S32,6,p,2:idS32,10,p,3:nhkS32,15,p,4:nameS32,21,p,3:NHKS32,26,p,7:aliasesQ32,35,1:S32,36,p,9:NHK WorldS32,48,p,7:domainsQ32,57,1:S32,58,p,9:nhk.or.jpS32,70,p,4:kindS32,76,p,11:broadcasterS32,89,p,6:sourceS32,97,d,32:https://www3.nhk.or.jp/nhkworld/S32,133,p,5:as_ofS32,140,p,10:2025-10-31M33,5,7:S33,6,p,2:idS33,10,p,3:kbsS33,15,p,4:nameS33,21,p,3:KBSS33,26,p,7:aliasesQ33,35,1:S33,36,p,26:Korean Broadcasting SystemS33,65,p,7:domainsQ33,74,1:S33,75,p,9:kbs.co.krS33,87,p,4:kindS33,93,p,11:broadcasterS33,106,p,6:sourceS33,114,d,24:https://world.kbs.co.kr/S33,142,p,5:as_ofS33,149,p,10:2025-10-31M34,5,7:S34,6,p,2:idS34,10,p,2:dwS34,14,p,4:nameS34,20,p,14:Deutsche WelleS34,36,p,7:aliasesQ34,45,1:S34,46,p,2:DWS34,51,p,7:domainsQ34,60,1:S34,61,p,6:dw.comS34,70,p,4:kindS34,76,p,11:broadcasterS34,89,p,6:sourceS34,97,d,22:https://www.dw.com/en/S34,123,p,5:as_ofS34,130,p,10:2025-10-31M35,5,6:S35,6,p,2:idS35,10,p,9:france-24S35,21,p,4:nameS35,27,p,9:France 24S35,38,p,7:domainsQ35,47,1:S35,48,p,12:france24.comS35,63,p,4:kindS35,69,p,11:broadcasterS35,82,p,6:sourceS35,90,d,28:https://www.france24.com/en/S35,122,p,5:as_ofS35,129,p,10:2025-10-31M36,5,7:S36,6,p,2:idS36,10,p,3:cbcS36,15,p,4:nameS36,21,p,3:CBCS36,26,p,7:aliasesQ36,35,1:S36,36,p,8:CBC NewsS36,47,p,7:domainsQ36,56,1:S36,57,p,6:cbc.caS36,66,p,4:kindS36,72,p,11:broadcasterS36,85,p,6:sourceS36,93,d,23:https://www.cbc.ca/newsS36,120,p,5:as_ofS36,127,p,10:2025-10-31M37,5,7:S37,6,p,2:idS37,10,p,5:rferlS37,17,p,4:nameS37,23,p,31:Radio Free Europe/Radio LibertyS37,56,p,7:aliasesQ37,65,3:S37,66,p,6:RFE/RLS37,74,p,13:Radio LibertyS37,89,p,17:Radio Free EuropeS37,109,p,7:domainsQ37,118,1:S37,119,p,9:rferl.orgS37,131,p,4:kindS37,137,p,11:broadcasterS37,150,p,6:sourceS37,158,d,22:https://www.rferl.org/S37,184,p,5:as_ofS37,191,p,10:2025-10-31M39,5,7:S39,6,p,2:idS39,10,p,3:nytS39,15,p,4:nameS39,21,p,18:The New York TimesS39,41,p,7:aliasesQ39,50,1:S39,51,p,14:New York TimesS39,68,p,7:domainsQ39,77,1:S39,78,p,11:nytimes.comS39,92,p,4:kindS39,98,p,9:newspaperS39,109,p,6:sourceS39,117,d,24:https://www.nytimes.com/S39,145,p,5:as_ofS39,152,p,10:2025-10-31M40,5,7:S40,6,p,2:idS40,10,p,15:washington-postS40,27,p,4:nameS40,33,p,19:The Washington PostS40,54,p,7:aliasesQ40,63,1:S40,64,p,15:Washington PostS40,82,p,7:domainsQ40,91,1:S40,92,p,18:washingtonpost.comS40,113,p,4:kindS40,119,p,9:newspaperS40,130,p,6:sourceS40,138,d,31:https://www.washingtonpost.com/S40,173,p,5:as_ofS40,180,p,10:2025-10-31M41,5,7:S41,6,p,2:idS41,10,p,8:guardianS41,20,p,4:nameS41,26,p,12:The GuardianS41,40,p,7:aliasesQ41,49,1:S41,50,p,8:GuardianS41,61,p,7:domainsQ41,70,1:S41,71,p,15:theguardian.comS41,89,p,4:kindS41,95,p,9:newspaperS41,106,p,6:sourceS41,114,d,28:https://www.theguardian.com/S41,146,p,5:as_ofS41,153,p,10:2025-10-31M42,5,7:S42,6,p,2:idS42,10,p,2:ftS42,14,p,4:nameS42,20,p,15:Financial TimesS42,37,p,7:aliasesQ42,46,2:S42,47,p,19:The Financial TimesS42,68,p,2:FTS42,73,p,7:domainsQ42,82,1:S42,83,p,6:ft.comS42,92,p,4:kindS42,98,p,9:newspaperS42,109,p,6:sourceS42,117,d,19:https://www.ft.com/S42,140,p,5:as_ofS42,147,p,10:2025-10-31M43,5,7:S43,6,p,2:idS43,10,p,3:wsjS43,15,p,4:nameS43,21,p,23:The Wall Street JournalS43,46,p,7:aliasesQ43,55,2:S43,56,p,19:Wall Street JournalS43,77,p,3:WSJS43,83,p,7:domainsQ43,92,1:S43,93,p,7:wsj.comS43,103,p,4:kindS43,109,p,9:newspaperS43,120,p,6:sourceS43,128,d,20:https://www.wsj.com/S43,152,p,5:as_ofS43,159,p,10:2025-10-31M44,5,7:S44,6,p,2:idS44,10,p,12:korea-heraldS44,24,p,4:nameS44,30,p,16:The Korea HeraldS44,48,p,7:aliasesQ44,57,1:S44,58,p,12:Korea HeraldS44,73,p,7:domainsQ44,82,1:S44,83,p,15:koreaherald.comS44,101,p,4:kindS44,107,p,9:newspaperS44,118,p,6:sourceS44,126,d,28:https://www.koreaherald.com/S44,158,p,5:as_ofS44,165,p,10:2025-10-31M45,5,7:S45,6,p,2:idS45,10,p,11:korea-timesS45,23,p,4:nameS45,29,p,15:The Korea TimesS45,46,p,7:aliasesQ45,55,1:S45,56,p,11:Korea TimesS45,70,p,7:domainsQ45,79,1:S45,80,p,16:koreatimes.co.krS45,99,p,4:kindS45,105,p,9:newspaperS45,116,p,6:sourceS45,124,d,29:https://www.koreatimes.co.kr/S45,157,p,5:as_ofS45,164,p,10:2025-10-31M46,5,7:S46,6,p,2:idS46,10,p,6:nikkeiS46,18,p,4:nameS46,24,p,6:NikkeiS46,32,p,7:aliasesQ46,41,1:S46,42,p,11:Nikkei AsiaS46,56,p,7:domainsQ46,65,1:S46,66,p,10:nikkei.comS46,79,p,4:kindS46,85,p,9:newspaperS46,96,p,6:sourceS46,104,d,24:https://asia.nikkei.com/S46,132,p,5:as_ofS46,139,p,10:2025-10-31M47,5,6:S47,6,p,2:idS47,10,p,8:le-mondeS47,20,p,4:nameS47,26,p,8:Le MondeS47,36,p,7:domainsQ47,45,1:S47,46,p,10:lemonde.frS47,59,p,4:kindS47,65,p,9:newspaperS47,76,p,6:sourceS47,84,d,23:https://www.lemonde.fr/S47,111,p,5:as_ofS47,118,p,10:2025-10-31M48,5,7:S48,6,p,2:idS48,10,p,7:spiegelS48,19,p,4:nameS48,25,p,11:Der SpiegelS48,38,p,7:aliasesQ48,47,1:S48,48,p,7:SpiegelS48,58,p,7:domainsQ48,67,1:S48,68,p,10:spiegel.deS48,81,p,4:kindS48,87,p,9:newspaperS48,98,p,6:sourceS48,106,d,23:https://www.spiegel.de/S48,133,p,5:as_ofS48,140,p,10:2025-10-31M50,5,6:S50,6,p,2:idS50,10,p,9:korea-netS50,21,p,4:nameS50,27,p,9:Korea.netS50,38,p,7:domainsQ50,47,1:S50,48,p,9:korea.netS50,60,p,4:kindS50,66,p,10:governmentS50,78,p,6:sourceS50,86,d,22:https://www.korea.net/S50,112,p,5:as_ofS50,119,p,10:2025-10-31M51,5,7:S51,6,p,2:idS51,10,p,12:president-krS51,24,p,4:nameS51,30,p,48:Office of the President of the Republic of KoreaS51,80,p,7:aliasesQ51,89,1:S51,90,p,23:Office of the PresidentS51,116,p,7:domainsQ51,125,1:S51,126,p,15:president.go.krS51,144,p,4:kindS51,150,p,10:governmentS51,162,p,6:sourceS51,170,d,28:https://www.president.go.kr/S51,202,p,5:as_ofS51,209,p,10:2025-10-31M52,5,7:S52,6,p,2:idS52,10,p,7:mofa-krS52,19,p,4:nameS52,25,p,36:Ministry of Foreign Affairs of KoreaS52,63,p,7:aliasesQ52,72,1:S52,73,p,29:South Korean Foreign MinistryS52,105,p,7:domainsQ52,114,1:S52,115,p,10:mofa.go.krS52,128,p,4:kindS52,134,p,10:governmentS52,146,p,6:sourceS52,154,d,27:https://www.mofa.go.kr/eng/S52,185,p,5:as_ofS52,192,p,10:2025-10-31M53,5,7:S53,6,p,2:idS53,10,p,12:president-tjS53,24,p,4:nameS53,30,p,39:President of the Republic of TajikistanS53,71,p,7:aliasesQ53,80,1:S53,81,p,12:President.tjS53,96,p,7:domainsQ53,105,1:S53,106,p,12:president.tjS53,121,p,4:kindS53,127,p,10:governmentS53,139,p,6:sourceS53,147,d,26:http://www.president.tj/enS53,177,p,5:as_ofS53,184,p,10:2025-10-31M54,5,7:S54,6,p,2:idS54,10,p,12:president-kgS54,24,p,4:nameS54,30,p,32:President of the Kyrgyz RepublicS54,64,p,7:aliasesQ54,73,1:S54,74,p,12:President.kgS54,89,p,7:domainsQ54,98,1:S54,99,p,12:president.kgS54,114,p,4:kindS54,120,p,10:governmentS54,132,p,6:sourceS54,140,d,27:https://www.president.kg/enS54,171,p,5:as_ofS54,178,p,10:2025-10-31M55,5,6:S55,6,p,2:idS55,10,p,6:gov-ukS55,18,p,4:nameS55,24,p,6:GOV.UKS55,32,p,7:domainsQ55,41,1:S55,42,p,6:gov.ukS55,51,p,4:kindS55,57,p,10:governmentS55,69,p,6:sourceS55,77,d,19:https://www.gov.uk/S55,100,p,5:as_ofS55,107,p,10:2025-10-31M56,5,7:S56,6,p,2:idS56,10,p,11:white-houseS56,23,p,4:nameS56,29,p,11:White HouseS56,42,p,7:aliasesQ56,51,1:S56,52,p,15:The White HouseS56,70,p,7:domainsQ56,79,1:S56,80,p,14:whitehouse.govS56,97,p,4:kindS56,103,p,10:governmentS56,115,p,6:sourceS56,123,d,27:https://www.whitehouse.gov/S56,154,p,5:as_ofS56,161,p,10:2025-10-31M57,5,7:S57,6,p,2:idS57,10,p,16:state-departmentS57,28,p,4:nameS57,34,p,16:State DepartmentS57,52,p,7:aliasesQ57,61,3:S57,62,p,21:U.S. State DepartmentS57,85,p,19:US State DepartmentS57,106,p,19:Department of StateS57,128,p,7:domainsQ57,137,1:S57,138,p,9:state.govS57,150,p,4:kindS57,156,p,10:governmentS57,168,p,6:sourceS57,176,d,22:https://www.state.gov/S57,202,p,5:as_ofS57,209,p,10:2025-10-31M58,5,7:S58,6,p,2:idS58,10,p,6:elyseeS58,18,p,4:nameS58,24,p,8:ÉlyséeS58,32,p,7:aliasesQ58,41,3:S58,42,p,6:ElyseeS58,50,p,15:Élysée PalaceS58,65,p,13:Elysee PalaceS58,81,p,7:domainsQ58,90,1:S58,91,p,9:elysee.frS58,103,p,4:kindS58,109,p,10:governmentS58,121,p,6:sourceS58,129,d,25:https://www.elysee.fr/en/S58,158,p,5:as_ofS58,165,p,10:2025-10-31M59,5,7:S59,6,p,2:idS59,10,p,15:bundesregierungS59,27,p,4:nameS59,33,p,15:BundesregierungS59,50,p,7:aliasesQ59,59,2:S59,60,p,25:German Federal GovernmentS59,87,p,17:German governmentS59,107,p,7:domainsQ59,116,1:S59,117,p,18:bundesregierung.deS59,138,p,4:kindS59,144,p,10:governmentS59,156,p,6:sourceS59,164,d,38:https://www.bundesregierung.de/breg-enS59,206,p,5:as_ofS59,213,p,10:2025-10-31M60,5,7:S60,6,p,2:idS60,10,p,10:governo-itS60,22,p,4:nameS60,28,p,13:Palazzo ChigiS60,43,p,7:aliasesQ60,52,1:S60,53,p,18:Italian GovernmentS60,74,p,7:domainsQ60,83,1:S60,84,p,10:governo.itS60,97,p,4:kindS60,103,p,10:governmentS60,115,p,6:sourceS60,123,d,23:https://www.governo.it/S60,150,p,5:as_ofS60,157,p,10:2025-10-31M61,5,7:S61,6,p,2:idS61,10,p,6:kanteiS61,18,p,4:nameS61,24,p,6:KanteiS61,32,p,7:aliasesQ61,41,1:S61,42,p,32:Prime Minister's Office of JapanS61,77,p,7:domainsQ61,86,1:S61,87,p,12:kantei.go.jpS61,102,p,4:kindS61,108,p,10:governmentS61,120,p,6:sourceS61,128,d,27:https://japan.kantei.go.jp/S61,159,p,5:as_ofS61,166,p,10:2025-10-31M62,5,7:S62,6,p,2:idS62,10,p,9:pm-canadaS62,21,p,4:nameS62,27,p,24:Prime Minister of CanadaS62,53,p,7:aliasesQ62,62,1:S62,63,p,23:Prime Minister's OfficeS62,89,p,7:domainsQ62,98,1:S62,99,p,8:pm.gc.caS62,110,p,4:kindS62,116,p,10:governmentS62,128,p,6:sourceS62,136,d,23:https://www.pm.gc.ca/enS62,163,p,5:as_ofS62,170,p,10:2025-10-31M63,5,6:S63,6,p,2:idS63,10,p,9:canada-caS63,21,p,4:nameS63,27,p,20:Government of CanadaS63,49,p,7:domainsQ63,58,2:S63,59,p,9:canada.caS63,70,p,5:gc.caS63,78,p,4:kindS63,84,p,10:governmentS63,96,p,6:sourceS63,104,d,29:https://www.canada.ca/en.htmlS63,137,p,5:as_ofS63,144,p,10:2025-10-31M65,5,7:S65,6,p,2:idS65,10,p,2:unS65,14,p,4:nameS65,20,p,14:United NationsS65,36,p,7:aliasesQ65,45,2:S65,46,p,2:UNS65,50,p,4:U.N.S65,57,p,7:domainsQ65,66,1:S65,67,p,6:un.orgS65,76,p,4:kindS65,82,p,12:organizationS65,96,p,6:sourceS65,104,d,19:https://www.un.org/S65,127,p,5:as_ofS65,134,p,10:2025-10-31M66,5,7:S66,6,p,2:idS66,10,p,10:world-bankS66,22,p,4:nameS66,28,p,10:World BankS66,40,p,7:aliasesQ66,49,1:S66,50,p,14:The World BankS66,67,p,7:domainsQ66,76,1:S66,77,p,13:worldbank.orgS66,93,p,4:kindS66,99,p,12:organizationS66,113,p,6:sourceS66,121,d,26:https://www.worldbank.org/S66,151,p,5:as_ofS66,158,p,10:2025-10-31M67,5,7:S67,6,p,2:idS67,10,p,3:imfS67,15,p,4:nameS67,21,p,27:International Monetary FundS67,50,p,7:aliasesQ67,59,1:S67,60,p,3:IMFS67,66,p,7:domainsQ67,75,1:S67,76,p,7:imf.orgS67,86,p,4:kindS67,92,p,12:organizationS67,106,p,6:sourceS67,114,d,20:https://www.imf.org/S67,138,p,5:as_ofS67,145,p,10:2025-10-31M68,5,7:S68,6,p,2:idS68,10,p,3:whoS68,15,p,4:nameS68,21,p,25:World Health OrganizationS68,48,p,7:aliasesQ68,57,1:S68,58,p,3:WHOS68,64,p,7:domainsQ68,73,1:S68,74,p,7:who.intS68,84,p,4:kindS68,90,p,12:organizationS68,104,p,6:sourceS68,112,d,20:https://www.who.int/S68,136,p,5:as_ofS68,143,p,10:2025-10-31M69,5,6:S69,6,p,2:idS69,10,p,4:oecdS69,16,p,4:nameS69,22,p,4:OECDS69,28,p,7:domainsQ69,37,1:S69,38,p,8:oecd.orgS69,49,p,4:kindS69,55,p,12:organizationS69,69,p,6:sourceS69,77,d,21:https://www.oecd.org/S69,102,p,5:as_ofS69,109,p,10:2025-10-31M70,5,6:S70,6,p,2:idS70,10,p,19:european-commissionS70,31,p,4:nameS70,37,p,19:European CommissionS70,58,p,7:domainsQ70,67,2:S70,68,p,12:ec.europa.euS70,82,p,9:europa.euS70,94,p,4:kindS70,100,p,12:organizationS70,114,p,6:sourceS70,122,d,29:https://commission.europa.eu/S70,155,p,5:as_ofS70,162,p,10:2025-10-31M72,5,7:S72,6,p,2:idS72,10,p,6:natureS72,18,p,4:nameS72,24,p,6:NatureS72,32,p,7:aliasesQ72,41,1:S72,42,p,18:the journal NatureS72,63,p,7:domainsQ72,72,1:S72,73,p,10:nature.comS72,86,p,4:kindS72,92,p,7:journalS72,101,p,6:sourceS72,109,d,23:https://www.nature.com/S72,136,p,5:as_ofS72,143,p,10:2025-10-31M73,5,7:S73,6,p,2:idS73,10,p,7:scienceS73,19,p,4:nameS73,25,p,7:ScienceS73,34,p,7:aliasesQ73,43,1:S73,44,p,19:the journal ScienceS73,66,p,7:domainsQ73,75,1:S73,76,p,11:science.orgS73,90,p,4:kindS73,96,p,7:journalS73,105,p,6:sourceS73,113,d,24:https://www.science.org/S73,141,p,5:as_ofS73,148,p,10:2025-10-31M74,5,7:S74,6,p,2:idS74,10,p,6:lancetS74,18,p,4:nameS74,24,p,10:The LancetS74,36,p,7:aliasesQ74,45,1:S74,46,p,6:LancetS74,55,p,7:domainsQ74,64,1:S74,65,p,13:thelancet.comS74,81,p,4:kindS74,87,p,7:journalS74,96,p,6:sourceS74,104,d,26:https://www.thelancet.com/S74,134,p,5:as_ofS74,141,p,10:2025-10-31M75,5,7:S75,6,p,2:idS75,10,p,4:nejmS75,16,p,4:nameS75,22,p,31:New England Journal of MedicineS75,55,p,7:aliasesQ75,64,2:S75,65,p,35:The New England Journal of MedicineS75,102,p,4:NEJMS75,109,p,7:domainsQ75,118,1:S75,119,p,8:nejm.orgS75,130,p,4:kindS75,136,p,7:journalS75,145,p,6:sourceS75,153,d,21:https://www.nejm.org/S75,178,p,5:as_ofS75,185,p,10:2025-10-31M76,5,7:S76,6,p,2:idS76,10,p,4:jamaS76,16,p,4:nameS76,22,p,4:JAMAS76,28,p,7:aliasesQ76,37,1:S76,38,p,43:Journal of the American Medical AssociationS76,84,p,7:domainsQ76,93,1:S76,94,p,15:jamanetwork.comS76,112,p,4:kindS76,118,p,7:journalS76,127,p,6:sourceS76,135,d,24:https://jamanetwork.com/S76,163,p,5:as_ofS76,170,p,10:2025-10-31M78,5,7:S78,6,p,2:idS78,10,p,7:el-paisS78,19,p,4:nameS78,25,p,8:El PaísS78,34,p,7:aliasesQ78,43,1:S78,44,p,7:El PaisS78,54,p,7:domainsQ78,63,1:S78,64,p,10:elpais.comS78,77,p,4:kindS78,83,p,9:newspaperS78,94,p,6:sourceS78,102,d,19:https://elpais.com/S78,125,p,5:as_ofS78,132,p,10:2026-12-07M79,5,6:S79,6,p,2:idS79,10,p,8:el-mundoS79,20,p,4:nameS79,26,p,8:El MundoS79,36,p,7:domainsQ79,45,1:S79,46,p,10:elmundo.esS79,59,p,4:kindS79,65,p,9:newspaperS79,76,p,6:sourceS79,84,d,23:https://www.elmundo.es/S79,111,p,5:as_ofS79,118,p,10:2026-12-07M80,5,6:S80,6,p,2:idS80,10,p,9:le-figaroS80,21,p,4:nameS80,27,p,9:Le FigaroS80,38,p,7:domainsQ80,47,1:S80,48,p,11:lefigaro.frS80,62,p,4:kindS80,68,p,9:newspaperS80,79,p,6:sourceS80,87,d,24:https://www.lefigaro.fr/S80,115,p,5:as_ofS80,122,p,10:2026-12-07M81,5,7:S81,6,p,2:idS81,10,p,12:sueddeutscheS81,24,p,4:nameS81,30,p,20:Süddeutsche ZeitungS81,51,p,7:aliasesQ81,60,1:S81,61,p,20:Sueddeutsche ZeitungS81,84,p,7:domainsQ81,93,1:S81,94,p,15:sueddeutsche.deS81,112,p,4:kindS81,118,p,9:newspaperS81,129,p,6:sourceS81,137,d,28:https://www.sueddeutsche.de/S81,169,p,5:as_ofS81,176,p,10:2026-12-07M82,5,7:S82,6,p,2:idS82,10,p,3:fazS82,15,p,4:nameS82,21,p,30:Frankfurter Allgemeine ZeitungS82,53,p,7:aliasesQ82,62,2:S82,63,p,3:FAZS82,68,p,22:Frankfurter AllgemeineS82,93,p,7:domainsQ82,102,1:S82,103,p,7:faz.netS82,113,p,4:kindS82,119,p,9:newspaperS82,130,p,6:sourceS82,138,d,20:https://www.faz.net/S82,162,p,5:as_ofS82,169,p,10:2026-12-07M83,5,7:S83,6,p,2:idS83,10,p,5:folhaS83,17,p,4:nameS83,23,p,16:Folha de S.PauloS83,41,p,7:aliasesQ83,50,2:S83,51,p,19:Folha de São PauloS83,71,p,5:FolhaS83,79,p,7:domainsQ83,88,1:S83,89,p,16:folha.uol.com.brS83,108,p,4:kindS83,114,p,9:newspaperS83,125,p,6:sourceS83,133,d,29:https://www.folha.uol.com.br/S83,166,p,5:as_ofS83,173,p,10:2026-12-07M84,5,6:S84,6,p,2:idS84,10,p,7:o-globoS84,19,p,4:nameS84,25,p,7:O GloboS84,34,p,7:domainsQ84,43,2:S84,44,p,16:oglobo.globo.comS84,62,p,9:globo.comS84,74,p,4:kindS84,80,p,9:newspaperS84,91,p,6:sourceS84,99,d,25:https://oglobo.globo.com/S84,128,p,5:as_ofS84,135,p,10:2026-12-07M85,5,6:S85,6,p,2:idS85,10,p,8:corriereS85,20,p,4:nameS85,26,p,19:Corriere della SeraS85,47,p,7:domainsQ85,56,1:S85,57,p,11:corriere.itS85,71,p,4:kindS85,77,p,9:newspaperS85,88,p,6:sourceS85,96,d,24:https://www.corriere.it/S85,124,p,5:as_ofS85,131,p,10:2026-12-07M86,5,7:S86,6,p,2:idS86,10,p,10:repubblicaS86,22,p,4:nameS86,28,p,13:la RepubblicaS86,43,p,7:aliasesQ86,52,1:S86,53,p,13:La RepubblicaS86,69,p,7:domainsQ86,78,1:S86,79,p,13:repubblica.itS86,95,p,4:kindS86,101,p,9:newspaperS86,112,p,6:sourceS86,120,d,26:https://www.repubblica.it/S86,150,p,5:as_ofS86,157,p,10:2026-12-07M87,5,7:S87,6,p,2:idS87,10,p,14:gazzetta-sportS87,26,p,4:nameS87,32,p,23:La Gazzetta dello SportS87,57,p,7:aliasesQ87,66,1:S87,67,p,20:Gazzetta dello SportS87,90,p,7:domainsQ87,99,1:S87,100,p,11:gazzetta.itS87,114,p,4:kindS87,120,p,9:newspaperS87,131,p,6:sourceS87,139,d,24:https://www.gazzetta.it/S87,167,p,5:as_ofS87,174,p,10:2026-12-07",
        "registries/world-entities.yml": "M10,1,2:S10,1,p,6:peopleQ11,3,4:M11,5,4:S11,5,p,2:idS11,9,p,14:vladimir-putinS12,5,p,4:nameS12,11,p,14:Vladimir PutinS13,5,p,6:sourceS13,13,p,49:https://en.wikipedia.org/wiki/President_of_RussiaS14,5,p,5:as_ofS14,12,p,10:2025-10-31M15,5,5:S15,5,p,2:idS15,9,p,15:dmitry-medvedevS16,5,p,4:nameS16,11,p,15:Dmitry MedvedevS17,5,p,7:aliasesQ17,14,1:S17,15,p,15:Dmitri MedvedevS18,5,p,6:sourceS18,13,p,49:https://en.wikipedia.org/wiki/President_of_RussiaS19,5,p,5:as_ofS19,12,p,10:2025-10-31M20,5,5:S20,5,p,2:idS20,9,p,10:xi-jinpingS21,5,p,4:nameS21,11,p,10:Xi JinpingS22,5,p,7:surnameS22,14,p,2:XiS23,5,p,6:sourceS23,13,p,48:https://en.wikipedia.org/wiki/President_of_ChinaS24,5,p,5:as_ofS24,12,p,10:2025-10-31M25,5,6:S25,5,p,2:idS25,9,p,19:volodymyr-zelenskyyS26,5,p,4:nameS26,11,p,19:Volodymyr ZelenskyyS27,5,p,7:surnameS27,14,p,9:ZelenskyyS28,5,p,7:aliasesQ28,14,2:S28,15,p,18:Volodymyr ZelenskyS28,35,p,19:Volodymyr ZelenskiyS29,5,p,6:sourceS29,13,p,50:https://en.wikipedia.org/wiki/President_of_UkraineS30,5,p,5:as_ofS30,12,p,10:2025-10-31S32,1,p,7:officesQ33,3,3:M33,5,6:S33,5,p,2:idS33,9,p,19:president-of-russiaS34,5,p,6:titlesQ34,13,1:S34,14,p,9:PresidentS35,5,p,2:ofS35,9,p,6:RussiaS36,5,p,6:sourceS36,13,p,49:https://en.wikipedia.org/wiki/President_of_RussiaS37,5,p,5:as_ofS37,12,p,10:2025-10-31S38,5,p,7:holdersQ39,7,3:M39,9,3:S39,10,p,6:personS39,18,p,14:vladimir-putinS39,34,p,4:fromS39,40,p,10:2000-05-07S39,52,p,5:untilS39,59,p,10:2008-05-07M40,9,3:S40,10,p,6:personS40,18,p,15:dmitry-medvedevS40,35,p,4:fromS40,41,p,10:2008-05-07S40,53,p,5:untilS40,60,p,10:2012-05-07M41,9,2:S41,10,p,6:personS41,18,p,14:vladimir-putinS41,34,p,4:fromS41,40,p,10:2012-05-07M42,5,6:S42,5,p,2:idS42,9,p,18:president-of-chinaS43,5,p,6:titlesQ43,13,1:S43,14,p,9:PresidentS44,5,p,2:ofS44,9,p,5:ChinaS45,5,p,6:sourceS45,13,p,48:https://en.wikipedia.org/wiki/President_of_ChinaS46,5,p,5:as_ofS46,12,p,10:2025-10-31S47,5,p,7:holdersQ48,7,1:M48,9,2:S48,10,p,6:personS48,18,p,10:xi-jinpingS48,30,p,4:fromS48,36,p,10:2013-03-14M49,5,6:S49,5,p,2:idS49,9,p,20:president-of-ukraineS50,5,p,6:titlesQ50,13,1:S50,14,p,9:PresidentS51,5,p,2:ofS51,9,p,7:UkraineS52,5,p,6:sourceS52,13,p,50:https://en.wikipedia.org/wiki/President_of_UkraineS53,5,p,5:as_ofS53,12,p,10:2025-10-31S54,5,p,7:holdersQ55,7,1:M55,9,2:S55,10,p,6:personS55,18,p,19:volodymyr-zelenskyyS55,39,p,4:fromS55,45,p,10:2019-05-20",
        "scraper-residue/ad_label.yml": "M1,1,13:S1,1,p,2:idS1,5,p,8:ad_labelS2,1,p,4:nameS2,7,p,8:Ad LabelS3,1,p,7:summaryS3,10,p,80:An ad slot's label (\"ADVERTISEMENT\") stands on its own line in the article body.S4,1,p,8:categoryS4,11,p,15:scraper-residueS5,1,p,8:severityS5,11,p,5:errorS6,1,p,6:repairS6,9,p,4:lineS7,1,p,6:originS7,9,f,265:../shared/cases/TAXONOMY.md §17 ad_label (trafilatura#916 \"PUBLICIDAD\"; article-extractor#1); seed article lines 2, 6, 71, 77; issue 14 (the label family in five languages: a label word, optional decoration, optional \"scroll to continue\" / \"continues below\" tail).S11,1,p,7:messageS11,10,d,47:Ad-slot label scraped into the article: {match}S12,1,p,8:extendedS12,11,p,4:trueS13,1,p,7:patternS13,10,l,3561:# A whole line: optional decoration (\"- \", \"— \", \"[\", \"(\", \"*\"), one ad-slot label of any of the\n# five languages, an optional tail (\"- Scroll to continue\", \"Continue reading below\"),\n# optional closing decoration. A label word inside a sentence never matches.\n^[ \\t]* [-–—*•·\\[(|_~=#]* [ \\t]*\n(?: (?&label) (?: [ \\t]* [-–—:|·]? [ \\t]* (?&tail) )?\n  # An ad teaser: a slot label and the ad's own line, joined by a UI separator (\"Sponsored ·\n  # Find the best deals near you\", \"Deals near you | Anzeige\"), or by a colon or dash after a\n  # sponsorship label (\"Promoted: …\"). The teaser is one short line, not a sentence chain.\n  | (?&slot) [ \\t]* [·|•] [ \\t]* (?&teaser)\n  # (a possessive scan for the separator first: a long line without one costs one pass)\n  | (?=[^\\n·|•]{2,112}+[·|•]) (?&teaser) [ \\t]* [·|•] [ \\t]* (?&slot)\n  | (?&sponsor) [ \\t]* [:–—] [ \\t]* (?&teaser)\n  | (?:story|article|text|content|post) \\s+ continues \\s+ (?:below|after) (?:\\s+(?:this|the))? (?:\\s+(?:advertisement|ad|sponsored\\s+message))?\n  | (?:skip|close) \\s+ (?:advertisement|ad)\n  | scroll \\s+ (?:down\\s+)? to \\s+ continue (?:\\s+(?:reading|with\\s+content))?\n  | continue \\s+ reading \\s+ (?:below|after\\s+(?:the\\s+)?(?:ad|advertisement))\n  | (?:la\\s+noticia|el\\s+artículo|el\\s+texto) \\s+ contin[uú]a \\s+ (?:debajo|despu[ée]s)\\b [^\\n]{0,20}\n  | (?:l'article|l’article|la\\s+suite) \\s+ (?:continue\\s+)?(?:ci-dessous|apr[èe]s\\s+(?:la|cette)\\s+publicit[ée])\n  | (?:weiterlesen|der\\s+artikel\\s+geht) \\s+ (?:nach|unter) \\s+ der \\s+ (?:anzeige|werbung) (?:\\s+weiter)?\n  | (?:l'articolo|l’articolo) \\s+ continua \\s+ (?:sotto|dopo\\s+la\\s+pubblicit[àa])\n  | (?:a\\s+mat[ée]ria|o\\s+texto|o\\s+artigo) \\s+ continua \\s+ (?:abaixo|ap[óo]s\\s+a\\s+publicidade)\n)\n[ \\t]* [-–—*•·\\])|_~=#]* [ \\t]* $\n(?(DEFINE)\n  (?<label> advertisements? | advertising | advertorial | paid\\s+(?:content|post|partnership)\n          | sponsored(?:\\s+(?:content|post|story|links?|by\\s+\\S+(?:\\s+\\S+)?))? | promoted(?:\\s+content)? | partner\\s+content\n          | publicidad | anuncio | anuncios | contenido\\s+patrocinado | patrocinado\n          | publicit[ée] | annonce | contenu\\s+sponsoris[ée] | sponsoris[ée]\n          | anzeige | werbung | gesponsert | sponsored\\s+post\n          | pubblicit[àa] | annuncio | contenuto\\s+sponsorizzato | sponsorizzato\n          | publicidade | an[úu]ncio | conte[úu]do\\s+patrocinado | patrocinado )\n  (?<slot> advertisement | sponsored | promoted | paid\\s+(?:content|post|partnership) | partner\\s+content | publicidad | anuncio\n         | contenido\\s+patrocinado | patrocinado | publicit[ée] | sponsoris[ée] | contenu\\s+sponsoris[ée] | anzeige | werbung | gesponsert\n         | pubblicit[àa] | sponsorizzato | contenuto\\s+sponsorizzato | publicidade | conte[úu]do\\s+patrocinado )\n  (?<sponsor> sponsored | promoted | paid\\s+(?:content|post|partnership) | partner\\s+content | contenido\\s+patrocinado | patrocinado\n            | sponsoris[ée] | contenu\\s+sponsoris[ée] | gesponsert | sponsorizzato | contenuto\\s+sponsorizzato | conte[úu]do\\s+patrocinado )\n  (?<teaser> (?! [ \\t]*[-–—*•·|] ) (?-i:[\\p{Lu}\\d]) [^\\n·|•.!?]{2,110}? [.!?]? )\n  (?<tail> (?:scroll|swipe) \\s+ (?:down\\s+)? to \\s+ continue (?:\\s+(?:reading|with\\s+content))?\n         | continue \\s+ reading (?:\\s+below)? | story \\s+ continues \\s+ below | article \\s+ continues \\s+ below\n         | (?:sigue|contin[uú]a) \\s+ leyendo | continuez \\s+ (?:la\\s+lecture|à\\s+lire) | weiterlesen | continua \\s+ a \\s+ leggere\n         | continue \\s+ lendo )\n)\nS56,1,p,9:prefilterQ56,12,26:S56,13,s,10:\\badvertisS56,27,s,6:\\bpaidS56,37,s,9:\\bsponsorS56,50,s,10:\\bpromotedS56,64,s,9:\\bpartnerS56,77,s,10:\\bpublicidS56,91,s,9:\\banuncioS56,104,s,11:\\bcontenidoS56,119,s,10:\\bpatrocinS57,13,s,10:\\bpublicitS57,27,s,9:\\bannonceS57,40,s,9:\\bcontenuS57,53,s,9:\\banzeigeS57,66,s,9:\\bwerbungS57,79,s,12:\\bgesponsertS57,95,s,11:\\bpubblicitS57,110,s,10:\\bannuncioS57,124,s,11:\\bcontenutoQ58,13,2:S58,14,s,4:\\banS58,22,s,6:\\bncioS58,33,s,7:\\bconteS58,44,s,8:\\bcontinS58,56,s,6:\\bskipS58,66,s,7:\\bcloseS58,77,s,8:\\bscrollS58,89,s,12:\\bci-dessousS58,105,s,13:\\bweiterlesenS59,1,p,6:startsQ59,9,1:S59,10,s,1:^S60,1,p,8:examplesM61,3,2:S61,3,p,10:triggeringQ62,5,4:S62,7,l,136:Tram fares stay at 2.10 until December.\n↓ADVERTISEMENT\nThe authority said ridership had grown.\n↓Story continues below advertisement\nS67,7,l,185:The ferry leaves at noon.\n↓Advertisement - Scroll to continue\nThe ferry returns at six.\n↓- Anuncio -\nEl ferry vuelve a las seis.\n↓Publicité\nLe ferry repart à midi.\n↓[Anzeige]\nS76,7,l,136:Il traghetto parte a mezzogiorno.\n↓PUBBLICITÀ\nO barco sai ao meio-dia.\n↓Publicidade\nThe ferry leaves at noon.\n↓Sponsored content\nS83,7,l,180:The tram line reopens in May.\n↓Sponsored · Find the best commuter bikes near you\n↓Holiday cottages with sea views | Anzeige\n↓Promoted: Compare energy tariffs in two minutes\nS88,3,p,14:non_triggeringQ89,5,3:S89,7,l,114:Advertisement revenue at the Herald fell 8 percent last year.\nAn advertisement for the new app ran on city trams.\nS92,7,l,113:La publicidad institucional creció un 12 % en 2024.\nDie Werbung lief im Fernsehen.\nAd\nhoc committees met twice.\nS97,7,l,242:Sponsored by the harbour trust, the regatta drew 40 boats. It ran until dusk.\nAdvertising | Agencies cut budgets as the downturn bites\nPromoted to captain in May, she led the side to two titles.\nPromoted: the striker was promoted to captain.\n",
        "scraper-residue/aggregator_disclaimer.yml": "M1,1,14:S1,1,p,2:idS1,5,p,21:aggregator_disclaimerS2,1,p,4:nameS2,7,p,21:Aggregator DisclaimerS3,1,p,7:summaryS3,10,p,76:A feed, aggregator or auto-publishing footer is republished as article text.S4,1,p,8:categoryS4,11,p,15:scraper-residueS5,1,p,8:severityS5,11,p,5:errorS6,1,p,6:repairS6,9,p,8:sentenceS7,1,p,6:originS7,9,f,337:../shared/cases/TAXONOMY.md §20 aggregator_disclaimer (WordPress RSS footer, felfele/feeds#56; Gannett automated posts); seed article line 70 (\"Denial of responsibility! … automatic aggregator\"); issue 14 (the footer families in five languages: \"appeared first on\", automatic publication from a feed, removal requests, \"Source link\").S12,1,p,7:messageS12,10,d,46:Aggregator boilerplate in the article: {match}S13,1,p,12:page_residueS13,15,p,4:trueS14,1,p,8:extendedS14,11,p,4:trueS15,1,p,7:patternS15,10,l,16354:(?: # WordPress RSS footer: \"The post <title> appeared first on <site>\", and its translations.\n    ^[ \\t]* (?:the\\s+post|la\\s+entrada|el\\s+post|la\\s+publicaci[óo]n|l['’]article|le\\s+billet|l['’]entr[ée]e|der\\s+beitrag|der\\s+post\n              |l['’]articolo|il\\s+post|o\\s+post|a\\s+entrada|a\\s+postagem|o\\s+artigo) \\b [^\\n]{1,200}?\n      \\b (?:appeared\\s+first\\s+on|was\\s+first\\s+published\\s+on|first\\s+appeared\\s+on|se\\s+public[óo]\\s+primero\\s+en\n            |apareci[óo]\\s+primero\\s+en|est\\s+apparue?\\s+en\\s+premier\\s+sur|a\\s+[ée]t[ée]\\s+publi[ée]e?\\s+en\\s+premier\\s+sur\n            |erschien\\s+zuerst\\s+auf|ist\\s+zuerst\\s+auf|proviene\\s+da|[èe]\\s+apparso\\s+per\\s+la\\s+prima\\s+volta\\s+su\n            |apareceu\\s+primeiro\\s+em|foi\\s+publicad[oa]\\s+primeiro\\s+em\n            |originally\\s+appeared\\s+(?:on|at)|appeared\\s+originally\\s+(?:on|at)|was\\s+originally\\s+(?:published|posted)\\s+(?:on|at)|first\\s+ran\\s+on\n            |was\\s+first\\s+posted\\s+(?:on|at)|apareci[óo]\\s+originalmente\\s+en|se\\s+public[óo]\\s+originalmente\\s+en\n            |a\\s+[ée]t[ée]\\s+publi[ée]e?\\s+initialement\\s+sur|est\\s+parue?\\s+(?:d['’]abord|initialement)\\s+sur|erschien\\s+urspr[üu]nglich\\s+auf\n            |[èe]\\s+stat[oa]\\s+pubblicat[oa]\\s+(?:originariamente|per\\s+la\\s+prima\\s+volta)\\s+su|foi\\s+publicad[oa]\\s+originalmente\\s+em\n            |apareceu\\s+originalmente\\s+em) \\b [^\\n]*\n  | # Automatic production: the content as subject, a verb of production and a word of\n    # automation next to each other (\"This report was automatically imported from …\", \"Este\n    # resumen fue generado automáticamente\", \"Dieser Text wurde automatisch erstellt\"); a source\n    # or feed word is not needed. An update, a translation or a refresh is no production.\n    ^[ \\t(\\[*_]* (?:(?:disclaimer|note|nota|aviso|avis|hinweis|remarque|avvertenza|important)\\s*:\\s*)?\n      (?:this|these|este|esta|estos|estas|ce|cet|cette|ces|dieser|diese|dieses|questo|questa|questi|esse|essa|este|esta)\\s+\n      (?:[\\w-]+\\s+){0,2}?\n      (?:content|story|stories|article|articles|post|text|item|report|update|summary|roundup|round-up|piece|page|listing|brief|dispatch|bulletin|entry|material|recap\n        |contenido|art[íi]culo|noticia|texto|informe|resumen|nota|cr[óo]nica\n        |contenu|texte|article|rapport|r[ée]sum[ée]|d[ée]p[eê]che|bulletin|billet\n        |inhalt|artikel|beitrag|meldung|text|bericht|zusammenfassung|nachricht\n        |contenuto|articolo|testo|notizia|rapporto|sintesi|riassunto\n        |conte[úu]do|artigo|mat[ée]ria|not[íi]cia|relat[óo]rio|resumo) \\b\n      [^.!?\\n]{0,60}? \\b (?:was|were|is|are|has\\s+been|have\\s+been|fue|fueron|ha\\s+sido|es|a\\s+[ée]t[ée]|est|ont\\s+[ée]t[ée]|wurde|wurden|ist\n                           |foi|foram|[ée]|[èe]\\s+stat[oa]|sono\\s+stat[ie]) \\s+\n      (?: (?&made) \\s+ (?:[\\w-]+\\s+){0,1}? (?&auto) | (?&auto) (?:\\s+[\\w-]+){0,4}? \\s+ (?&made) ) \\b [^\\n]*\n  | # Automatic publication from a feed: the content itself as subject, at the start of a line, a word\n    # of automation and a word of feed or syndication in the same sentence.\n    ^[ \\t(\\[*_]* (?:(?:disclaimer|note|nota|aviso|avis|hinweis|remarque)\\s*:\\s*)?\n      (?:(?:this|these|este|esta|estos|ese|esa|ce|cet|cette|dieser|diese|dieses|questo|questa|esse|essa)\\s+)?\n      (?:content|story|article|post|text|item|contenido|art[íi]culo|noticia|texto|contenu|texte|inhalt|artikel\n        |beitrag|meldung|contenuto|articolo|testo|notizia|conte[úu]do|artigo|mat[ée]ria|not[íi]cia)\n      \\b [^.!?\\n]{0,120}?\n      (?: \\b(?&auto)\\b [^.!?\\n]{0,100}? \\b(?&feed) | \\b(?&feed) [^.!?\\n]{0,100}? \\b(?&auto)\\b ) [^\\n]*\n  | # Removal requests addressed to the owner of the content.\n    ^[ \\t(\\[*_]* (?:if|si|wenn|falls|se|should)\\s+(?:you|vous|usted|t[úu]|sie|voi|lei|voc[êe]) \\b [^\\n]{0,120}?\n      \\b(?&owner) [^\\n]{0,150}? \\b(?&removal) [^\\n]*\n  | ^[^\\n]*? \\b(?:this|our|este|esta|ce|cet|cette|dieser|diese|dieses|questo|questa|nosso|nossa|nuestro|nuestra)\\s+\n      (?:content|article|story|post|site|contenido|art[íi]culo|contenu|inhalt|artikel|contenuto|articolo|conte[úu]do|artigo)\n      \\b [^\\n]{0,200}? \\b (?:request|submit|solicit\\w*|demander|demandez|richied\\w*|pedir|beantragen|anfordern)\\s+(?:an?\\s+|la\\s+|el\\s+|a\\s+|une\\s+)?\n      (?:removal|takedown|take-down|deletion|remo[çc][ãa]o|eliminaci[óo]n|retirada|suppression|retrait|rimozione|l[öo]schung|entfernung)\\b [^\\n]*\n  | ^[ \\t(\\[*_]* denial\\s+of\\s+responsibility\\b [^\\n]*\n  | # Syndication and content-partner footers: the content itself as subject (\"This story\", \"Este\n    # conteúdo\", \"Cet article\") or a republication participle opening a paragraph of at most 600\n    # bytes, and in it a partner arrangement (\"content-sharing arrangement\", \"accord de\n    # syndication\"), a no-review notice (\"has not been reviewed by our editors\", \"sans\n    # modification éditoriale\"), a content partner as supplier, or a republication verb together\n    # with the original publication or a feed (\"first published by X and shared under …\"). A\n    # plain credit (\"Originally published on X.\", \"This article first appeared in print\") has\n    # only one of these and stays silent.\n    ^ (?= [^\\n]{0,600} $ ) [ \\t(\\[*_]* (?:(?&notelabel) \\s*:\\s*)?\n      (?: (?&demo) \\s+ (?:[\\w'’-]+\\s+){0,2}? (?&cnoun) \\b | (?&reusestart) \\b )\n      (?= [^\\n]*? (?: (?&noreview) | (?&arrangement) | (?&supplied)\n                    | (?&reuse) [^\\n]*? (?:(?&prov)|\\b(?&feed)\\b) | (?:(?&prov)|\\b(?&feed)\\b) [^\\n]*? (?&reuse) ) )\n      [^\\n]*\n  | \\bis\\s+an\\s+automatic\\s+aggregator\\b [^\\n]*\n  | \\bhas\\s+not\\s+been\\s+edited\\s+by\\s+(?:our\\s+|the\\s+)?(?:\\w+\\s+)?staff\\b [^\\n]*\n  | ^[ \\t]* (?:source\\s+link|original\\s+source\\s+link|view\\s+original\\s+source|read\\s+(?:the\\s+)?original\\s+(?:article|story|post)\\s+here|enlace\\s+(?:a\\s+la\\s+)?fuente|lien\\s+(?:vers\\s+la\\s+)?source|quelle:?\\s+link|link\\s+(?:alla|da)\\s+fonte) [ \\t]* $\n)\n(?(DEFINE)\n  (?<notelabel> note | nota | aviso | avis | hinweis | remarque | avvertenza | disclaimer | editor['’]?s\\s+note | source | fuente | quelle | fonte )\n  (?<demo> this | these | este | esta | estos | estas | ce | cet | cette | ces | dieser | diese | dieses | questo | questa | questi | queste | esse | essa )\n  (?<cnoun> content | story | stories | article | articles | report | item | piece | post | text | feature | material | dispatch\n          | contenido | art[íi]culo | noticia | nota | texto | informe | reportaje | cr[óo]nica\n          | contenu | texte | d[ée]p[êe]che | reportage | sujet | artikel | beitrag | inhalt | bericht | meldung | nachricht\n          | artigo | conte[úu]do | reportagem | mat[ée]ria | not[íi]cia | articolo | contenuto | testo | servizio | notizia | pezzo )\n  (?<reusestart> re-?published | reproduced | reprinted | syndicated | originally\\s+(?:published|produced|appeared) | first\\s+published\n               | (?:supplied|provided|distributed|delivered)\\s+(?:by|via|through)\n               | republicad[oa] | reproducid[oa] | publicad[oa]\\s+originalmente | publi[ée]e?\\s+initialement | initialement\\s+publi[ée]e?\n               | reproduit | republi[ée]e? | urspr[üu]nglich\\s+(?:erschienen|ver[öo]ffentlicht) | zuerst\\s+erschienen | [üu]bernommen\\s+(?:von|aus)\n               | ripubblicat[oa] | pubblicat[oa]\\s+originariamente | riprodott[oa] | reproduzid[oa] )\n  (?<noreview> \\b(?:not|never) \\s+ (?:been\\s+)? (?:reviewed|edited|checked|verified|vetted|approved|modified|changed|fact-checked)\n                 \\s+ by \\s+ (?:our|the|this\\s+\\w+['’]s) \\s+ (?:[\\w-]+\\s+)? (?:editors?|editorial|newsroom|staff|journalists|desk|team)\n             | \\bwithout \\s+ (?:any\\s+)? editorial \\s+ (?:changes?|review|oversight|modifications?|input|checks?|intervention)\n             | \\b(?:publisher|site|we) \\s+ (?:is|are) \\s+ not \\s+ responsible \\s+ for \\s+ (?:its|the|their) \\s+ (?:accuracy|content)\n             | \\bno \\s+ (?:ha|han) \\s+ sido \\s+ (?:revisad|editad|verificad|modificad|supervisad)[oa]s? \\s+ por \\s+ (?:nuestr[oa]s?|la|el) \\s+ (?:redacci[óo]n|editores|periodistas|equipo)\n             | \\bsin \\s+ (?:cambios|modificaciones|revisi[óo]n|edici[óo]n|intervenci[óo]n) \\s+ (?:editorial(?:es)?|de\\s+la\\s+redacci[óo]n)\n             | \\bn['’]a \\s+ pas \\s+ [ée]t[ée] \\s+ (?:relu|v[ée]rifi[ée]|modifi[ée]|[ée]dit[ée]|revu)e?s? \\s+ par \\s+ (?:notre|la|nos) \\s+ (?:r[ée]daction|journalistes|[ée]diteurs)\n             | \\bsans \\s+ (?:modification|relecture|intervention|v[ée]rification)s? \\s+ (?:[ée]ditoriale|de\\s+(?:la|notre)\\s+r[ée]daction)\n             | \\b(?:wurde|ist|wird) \\s+ nicht \\s+ von \\s+ (?:unserer|der) \\s+ redaktion \\s+ (?:gepr[üu]ft|bearbeitet|redigiert|[üu]berpr[üu]ft|ver[äa]ndert)\n             | \\bohne \\s+ redaktionelle \\s+ (?:pr[üu]fung|bearbeitung|[äa]nderungen?|[üu]berpr[üu]fung)\n             | \\bn[ãa]o \\s+ (?:foi|foram) \\s+ (?:revisad|editad|verificad|modificad)[oa]s? \\s+ pel[oa]s? \\s+ (?:nossa\\s+)? (?:reda[çc][ãa]o|equipe|editores)\n             | \\bsem \\s+ (?:altera[çc][õo]es|revis[ãa]o|edi[çc][ãa]o) \\s+ editoria(?:l|is)\n             | \\bnon \\s+ (?:[èe]\\s+stat[oa]|sono\\s+stat[ie]) \\s+ (?:rivist|verificat|modificat|controllat|revisionat)[oaie] \\s+ dalla \\s+ (?:nostra\\s+)? redazione\n             | \\bsenza \\s+ (?:modifiche|revisione|interventi) \\s+ (?:redazionali|della\\s+redazione) )\n  (?<arrangement> \\b(?:content[- ]sharing|content|syndication|syndicated[- ]content|republishing|reprint|news[- ]sharing) \\s+ (?:arrangement|agreement|licen[cs]e|deal|partnership)s?\\b\n                | \\beditorial \\s+ (?:arrangement|agreement|licen[cs]e|deal)s?\\b\n                | \\bacuerdo \\s+ (?:de|con) \\s+ (?:sindicaci[óo]n|colaboraci[óo]n\\s+editorial|contenidos|intercambio\\s+de\\s+contenidos|redifusi[óo]n|licencia)\n                | \\baccord \\s+ (?:de|d['’]) \\s* (?:syndication|partenariat\\s+[ée]ditorial|diffusion|partage\\s+de\\s+contenus?|[ée]change\\s+de\\s+contenus?|reprise|licence)\n                | \\bpartenariat \\s+ (?:[ée]ditorial|de\\s+contenus?)\n                | \\b(?:content|inhalte|syndizierungs|lizenz)-(?:partnerschaft|vereinbarung|abkommen|vertrag) | \\b(?:syndizierungs|lizenz)(?:vereinbarung|abkommen|vertrag)\n                | \\bim \\s+ rahmen \\s+ (?:einer|unserer|der) \\s+ (?:content-|inhalte-)(?:kooperation|partnerschaft)\n                | \\bacordo \\s+ (?:de|com) \\s+ (?:parceria|sindica[çc][ãa]o|conte[úu]do|compartilhamento|licenciamento)\n                | \\bparceria \\s+ (?:editorial|de\\s+conte[úu]do)\n                | \\baccordo \\s+ (?:di|con) \\s+ (?:syndication|collaborazione\\s+editoriale|partnership|condivisione|licenza|scambio)\n                | \\bpartnership \\s+ editoriale )\n  (?<supplied> \\b(?:supplied|provided|furnished|contributed|sourced|delivered) \\s+ (?:to\\s+us\\s+)? by \\s+ (?:(?:a|an|our|the|one\\s+of\\s+our)\\s+)?\n                 (?:[\\w-]+\\s+){0,3}? (?:content|syndication|news|media|wire|distribution) \\s+ (?:partners?|providers?|agency|agencies|service|network)\\b\n             | \\b(?:proporcionad|suministrad|facilitad|cedid)[oa] \\s+ por \\s+ (?:(?:un|una|nuestr[oa])\\s+)? (?:socio|proveedor|agencia|medio\\s+asociado) \\s+ de \\s+ contenidos?\n             | \\bfourni\\w* \\s+ par \\s+ (?:un|une|notre) \\s+ (?:partenaire|fournisseur) \\s+ (?:de\\s+contenus?|m[ée]dia|[ée]ditorial)\n             | \\b(?:bereitgestellt|geliefert|zugeliefert) \\s+ (?:von|durch) \\s+ (?:einem|unserem) \\s+ (?:content-|inhalte-|medien)?(?:partner|anbieter)\n             | \\bfornit[oa] \\s+ da \\s+ (?:un|una|un\\s+nostro|una\\s+nostra) \\s+ (?:partner|fornitore) \\s+ (?:di\\s+contenuti|editoriale)\n             | \\bfornecid[oa] \\s+ por \\s+ (?:um|uma|nosso|nossa) \\s+ (?:parceir[oa]|fornecedor) \\s+ de \\s+ conte[úu]do )\n  (?<reuse> \\b(?:re-?published|reproduced|reprinted|re-?posted|syndicated|redistributed|shared|carried|re-?used)\n              \\s+ (?:here|on\\s+(?:this|our|member|partner)\\s+\\w+|via|from|with|under|through|by\\s+arrangement|as\\s+part|in\\s+full|without|across)\\b\n          | \\b(?:is|are|was|were|has\\s+been|have\\s+been) \\s+ (?:being\\s+)? (?:re-?published|reproduced|reprinted|syndicated|redistributed)\\b\n          | \\b(?:se\\s+)?(?:reproduce|republica) \\s+ (?:aqu[íi]|con|bajo|mediante|por\\s+medio|en\\s+virtud|gracias|a\\s+trav[ée]s)\\b\n          | \\b(?:es|fue|ha\\s+sido|son|fueron) \\s+ (?:reproducid|republicad|redifundid|compartid)[oa]s?\\b\n          | \\b(?:est|a\\s+[ée]t[ée]|sont|ont\\s+[ée]t[ée]) \\s+ (?:repris|reproduit|republi[ée]|rediffus[ée]|partag[ée])e?s?\\b | \\breproduit\\s+avec | \\brepris\\s+(?:ici|avec)\n          | \\b(?:wird|wurde|ist) \\s+ (?:hier\\s+)? (?:mit\\s+freundlicher\\s+genehmigung\\s+)? (?:[üu]bernommen|wiedergegeben|nachgedruckt|weiterverbreitet|erneut\\s+ver[öo]ffentlicht)\\b\n          | \\bmit\\s+freundlicher\\s+genehmigung\n          | \\b(?:[ée]|foi|s[ãa]o|foram) \\s+ (?:reproduzid|republicad|compartilhad|replicad|redistribu[íi]d)[oa]s?\\b\n          | \\b(?:[èe]|viene|vengono|[èe]\\s+stat[oa]|sono\\s+stat[ie]|sono) \\s+ (?:riprodott|ripubblicat|ripres|condivis|ridistribuit)[oaie]\\b )\n  (?<prov> \\b(?:originally|first|initially) \\s+ (?:published|produced|appeared|written|distributed|posted|released|ran|aired|carried|broadcast) \\s+ (?:by|on|in|at|via|with)\\b\n         | \\b(?:published|produced|appeared|written|distributed|posted|released) \\s+ (?:originally|first|initially) \\s+ (?:by|on|in|at)\\b\n         | \\b(?:publicad|producid|distribuid|difundid|escrit)[oa]s? \\s+ (?:originalmente|primero|inicialmente|por\\s+primera\\s+vez)\\b\n         | \\b(?:originalmente|inicialmente) \\s+ (?:publicad|difundid|divulgad)[oa]\n         | \\b(?:a|avait|ont) \\s+ (?:d['’]abord|initialement|originellement|en\\s+premier) \\s+ [ée]t[ée] \\s+ (?:publi[ée]|diffus[ée]|produit|mis\\s+en\\s+ligne)e?s?\\b\n         | \\b(?:publi[ée]|paru|diffus[ée])e?s? \\s+ (?:initialement|[àa]\\s+l['’]origine|d['’]abord|en\\s+premier)\\b | \\b(?:initialement|[àa]\\s+l['’]origine) \\s+ (?:publi[ée]|paru|diffus[ée])\n         | \\b(?:urspr[üu]nglich|zuerst|erstmals) \\s+ (?:erschienen|ver[öo]ffentlicht|publiziert)\\b | \\b(?:erschien|wurde) \\s+ (?:urspr[üu]nglich|zuerst|erstmals)\\b\n         | \\b(?:publicad|produzid|divulgad|veiculad)[oa]s? \\s+ (?:originalmente|primeiro|inicialmente|pela\\s+primeira\\s+vez)\\b\n         | \\b(?:pubblicat|appars|uscit|diffus|prodott)[oa] \\s+ (?:originariamente|originalmente|inizialmente|per\\s+la\\s+prima\\s+volta|in\\s+origine)\\b\n         | \\b(?:originariamente|inizialmente|in\\s+origine) \\s+ (?:pubblicat|appars|diffus)[oa] )\n  (?<auto> automatically | automatic | automated | auto-\\w+ | autogenerated | autopublished | by\\s+a\\s+bot | without\\s+human\\s+(?:review|editing)\n         | autom[áa]ticamente | automatiquement | automatisch | automatizad[oa] | automatisiert | automaticamente | autom[áa]tic[oa] )\n  (?<made> generated | compiled | produced | created | assembled | imported | aggregated | written | pulled | collected | scraped | fetched\n         | syndicated | published | posted | drafted\n         | generad[oa]s? | compilad[oa]s? | elaborad[oa]s? | producid[oa]s? | cread[oa]s? | importad[oa]s? | redactad[oa]s? | publicad[oa]s?\n         | g[ée]n[ée]r[ée]e?s? | compil[ée]e?s? | produite?s? | cr[ée][ée]e?s? | import[ée]e?s? | r[ée]dig[ée]e?s? | publi[ée]e?s?\n         | erstellt | generiert | erzeugt | zusammengestellt | importiert | verfasst | ver[öo]ffentlicht\n         | gerad[oa]s? | produzid[oa]s? | criad[oa]s? | redigid[oa]s?\n         | generat[oai] | generate | compilat[oaie] | prodott[oaie] | creat[oaie] | importat[oaie] | redatt[oaie] | pubblicat[oaie] )\n  (?<feed> feeds? | rss | syndicat\\w* | sindicad\\w* | partners?['’]? | partner-?\\w* | wires? | newswires? | aggregat\\w* | agregad\\w*\n         | fuentes? | flux | quellen? | fontes? | agencias? | agences? | agenturen? | agenzi[ae] | ag[êe]ncias? | socios | partenaires | parceiros\n         | partnern | sources? | provider | proveedor\\w* | fournisseur\\w* | anbieter\\w* | fornitor\\w* | fornecedor\\w* )\n  (?<owner> owner | own | hold | rights? | copyright | propietari[oa] | titular | derechos | propri[ée]taire | droits | d[ée]tenez\n          | eigent[üu]mer\\w* | inhaber\\w* | rechte | urheber\\w* | proprietari[oa] | diritti | titolare | propriet[áa]ri[oa] | direitos | det[ée]m )\n  (?<removal> remov\\w* | taken?\\s+down | take-?down | delet\\w* | elimin\\w* | retir\\w* | borr\\w* | supprim\\w* | entfern\\w* | l(?:ö|oe)sch\\w*\n            | rimo\\w* | rimuov\\w* | cancell\\w* | remo[çc]\\w* | exclu\\w* | apag\\w* )\n)\nS158,1,p,9:prefilterQ158,12,137:S158,13,s,10:\\bappearedQ158,27,2:S158,28,s,7:\\bfirstS158,39,s,11:\\bpublishedS158,55,s,12:\\boriginallyS158,71,s,15:\\boriginalmenteS158,90,s,14:\\binitialementS158,108,s,7:\\babordQ158,119,2:S158,120,s,7:\\bprimaS158,131,s,7:\\bvoltaS158,143,s,7:\\bursprS158,154,s,17:\\boriginariamenteQ158,175,2:S158,176,s,7:\\bfirstS158,187,s,5:\\branQ158,197,2:S158,198,s,7:\\bfirstS158,209,s,8:\\bpostedS158,222,s,9:\\bprimeroS158,235,s,9:\\bpremierS158,248,s,8:\\bzuerstS158,260,s,10:\\bprovieneS158,274,s,9:\\bapparsoS158,287,s,10:\\bprimeiroS159,13,s,7:\\bautomS159,24,s,7:\\bauto-S159,35,s,15:\\bautogeneratedS159,54,s,15:\\bautopublishedQ159,73,2:S159,74,s,5:\\bbotS159,83,s,4:\\bbyQ159,92,2:S159,93,s,9:\\bwithoutS159,106,s,7:\\bhumanS160,13,s,6:\\bremoS160,23,s,6:\\btakeS160,33,s,7:\\btakenS160,44,s,7:\\bdeletS160,55,s,8:\\beliminS160,67,s,7:\\bretirS160,78,s,6:\\bborrS160,88,s,9:\\bsupprimS160,101,s,13:\\bsuppressionS160,118,s,9:\\bretraitS161,13,s,9:\\bentfernS161,26,s,8:\\bloeschS161,38,s,6:\\brimoS161,48,s,8:\\brimuovS161,60,s,9:\\bcancellS161,73,s,7:\\bexcluS161,84,s,6:\\bapagS161,94,s,8:\\bdenialS161,106,s,8:\\beditedQ162,13,2:S162,14,s,8:\\bsourceS162,26,s,6:\\blinkQ162,37,2:S162,38,s,6:\\bviewS162,48,s,10:\\boriginalQ162,63,2:S162,64,s,6:\\breadS162,74,s,10:\\boriginalS162,89,s,8:\\benlaceS162,101,s,6:\\blienQ162,111,2:S162,112,s,8:\\bquelleS162,124,s,6:\\blinkQ163,13,2:S163,14,s,6:\\blinkS163,24,s,7:\\bfonteS165,13,s,10:\\breviewedS165,27,s,9:\\bcheckedS165,40,s,10:\\bverifiedS165,54,s,8:\\bvettedS165,66,s,10:\\bapprovedS165,80,s,10:\\bmodifiedS165,94,s,9:\\bchangedS165,107,s,14:\\bfact-checkedS166,13,s,9:\\beditoriS166,26,s,13:\\bresponsibleS166,43,s,9:\\brevisadS166,56,s,8:\\beditadS166,68,s,11:\\bverificadS166,83,s,11:\\bmodificadS166,98,s,12:\\bsupervisadS166,114,s,9:\\bredacciQ167,13,2:S167,14,s,5:\\bpasS167,23,s,5:\\bparS167,33,s,6:\\bsansS167,43,s,11:\\bredaktionS167,58,s,8:\\brivistS167,70,s,11:\\bverificatS167,85,s,11:\\bmodificatS167,100,s,12:\\bcontrollatS167,116,s,12:\\brevisionatS168,13,s,10:\\bredazionS168,27,s,13:\\barrangementS168,44,s,11:\\bagreementS168,59,s,7:\\blicenS168,70,s,6:\\bdealS168,80,s,13:\\bpartnershipS168,97,s,9:\\bacuerdoS168,110,s,8:\\baccordS169,13,s,13:\\bpartenariatS169,30,s,15:\\bpartnerschaftS169,49,s,14:\\bvereinbarungS169,67,s,10:\\babkommenS169,81,s,9:\\bvertragS169,94,s,13:\\bkooperationS169,111,s,15:\\bsyndizierungsS169,130,s,8:\\blizenzS169,142,s,8:\\bacordoS169,154,s,10:\\bparceriaS170,13,s,10:\\bsuppliedS170,27,s,10:\\bprovidedS170,41,s,11:\\bfurnishedS170,56,s,13:\\bcontributedS170,73,s,9:\\bsourcedS170,86,s,11:\\bdeliveredS170,101,s,14:\\bproporcionadS171,13,s,13:\\bsuministradS171,30,s,11:\\bfacilitadS171,45,s,7:\\bcedidS171,56,s,8:\\bfourniS171,68,s,16:\\bbereitgestelltS171,88,s,11:\\bgeliefertS171,103,s,13:\\bzugeliefertS171,120,s,8:\\bfornitS172,13,s,10:\\bfornecidS172,27,s,9:\\brepubliS172,40,s,14:\\bre-publishedS172,58,s,9:\\breproduS172,71,s,9:\\breprintS172,84,s,10:\\brepostedS172,98,s,11:\\bre-postedS172,113,s,12:\\bsyndicatedS173,13,s,12:\\bredistribuS173,29,s,8:\\bsharedS173,41,s,9:\\bcarriedS173,54,s,8:\\breusedS173,66,s,9:\\bre-usedS173,79,s,8:\\breprisS173,91,s,10:\\brediffusS173,105,s,8:\\bpartagS173,117,s,11:\\bbernommenS174,13,s,15:\\bwiedergegebenS174,32,s,14:\\bnachgedrucktS174,50,s,18:\\bweiterverbreitetS174,72,s,8:\\berneutS174,84,s,13:\\bgenehmigungS174,101,s,11:\\bcompartidS174,116,s,12:\\bredifundidS175,13,s,14:\\bcompartilhadS175,31,s,10:\\breplicadS175,45,s,11:\\briprodottS175,60,s,13:\\bripubblicatS175,77,s,8:\\bripresS175,89,s,10:\\bcondivisS175,103,s,14:\\bridistribuitS176,1,p,6:startsQ176,9,3:S176,10,s,1:^S176,15,s,4:\\bisS176,23,s,5:\\bhasS177,1,p,8:examplesM178,3,2:S178,3,p,10:triggeringQ179,5,14:S179,7,l,190:The terminal has berths for two vessels.\n↓The post New Ferry Terminal Opens appeared first on Coastline Daily.\n↓Disclaimer: This article was generated automatically from public sources.\nS183,7,l,136:Crowds were the largest on record.\n↓(This story has not been edited by our staff and was auto-published from a syndicated news feed.)\nS186,7,l,99:↓Denial of responsibility! news-site.example is an automatic aggregator around the global media.\nS188,7,l,204:The dam holds 40 million cubic metres.\n↓This item reached us through an automated partner feed and was not checked by an editor.\n↓If you are the owner of this content and want it removed, contact us.\nS192,7,l,193:La presa tiene 40 millones de metros cúbicos.\n↓Este artículo se publicó automáticamente a partir de fuentes sindicadas.\n↓La entrada Presa al 80 % se publicó primero en Diario del Sur.\nS196,7,l,182:Der Damm ist 40 Meter hoch.\n↓Dieser Beitrag wurde automatisch aus einem Partner-Feed übernommen.\n↓Der Beitrag Damm zu 80 Prozent gefüllt erschien zuerst auf Südkurier Online.\nS200,7,l,45:Le barrage est plein à 80 %.\n↓Source link\nS203,7,l,138:The pitch was waterlogged by half-time.\n↓This match report was automatically imported from our sports partner and has not been checked.\nS206,7,l,86:↓Nota: este resumen fue generado automáticamente a partir de registros judiciales.\nS208,7,l,85:↓The post Ferry timetable changes for winter originally appeared on Harbour Lines.\nS210,7,l,139:The lock gates close at dusk.\n↓This feature was first published by Canal Times and is reproduced here under a content-sharing agreement.\nS213,7,l,98:↓Republished from a partner wire service. This text has not been checked by our editorial team.\nS215,7,l,224:↓Esta noticia fue publicada originalmente por Diario del Canal y se reproduce aquí mediante un acuerdo de sindicación.\n↓Ce texte a été fourni par un partenaire de contenus et n'a pas été relu par notre rédaction.\nS218,7,l,224:↓Dieser Artikel erschien zuerst bei Kanalpost und wird im Rahmen einer Content-Partnerschaft übernommen.\n↓Questo articolo è stato pubblicato originariamente da Canale Oggi ed è riprodotto senza modifiche redazionali.\nS221,3,p,14:non_triggeringQ222,5,5:S222,7,l,295:Originally published in 1998, the novel was reissued this spring.\nOriginally published on Live Science.\nOriginally published at www.harbourlines.example on 3 May 2011.\nThis page is updated automatically every five minutes during the count.\nThis article was automatically translated from German.\nS228,7,l,118:Correction: An earlier version of this article gave the wrong day for the vote.\nAdditional reporting by Sela Okonkwo.\nS231,7,l,55:The essay first appeared on the author's blog in 2019.\nS233,7,l,324:The owner of the bakery asked the council to remove the sign.\nThe article was shared widely on social media after the vote.\nThe story of automated looms and their partners in the mills is told in the museum.\nThe report says automated trading by partner banks rose.\nUsers can request removal of their data under the new law.\nS239,7,l,437:This article first appeared in print on Saturday 14 June.\nThis story was produced in partnership with the Harbour Data Project.\nThis article was originally published by Canal Times. Read the original article.\nThe video, first posted on a fan forum, was shared with thousands under a new hashtag.\nThis report was reviewed by our editors before publication.\nThe paper signed a content-sharing agreement with two regional titles last year.\n",
        "scraper-residue/email_obfuscation.yml": "M1,1,13:S1,1,p,2:idS1,5,p,17:email_obfuscationS2,1,p,4:nameS2,7,p,29:Obfuscated E-mail PlaceholderS3,1,p,7:summaryS3,10,p,89:Cloudflare's e-mail protection placeholder replaced an address when the page was scraped.S4,1,p,8:categoryS4,11,p,15:scraper-residueS5,1,p,8:severityS5,11,p,5:errorS6,1,p,6:repairS6,9,p,4:lineS7,1,p,6:originS7,9,f,145:../shared/cases/TAXONOMY.md §18 email_obfuscation (cloudflare-scrape#109; cloudscraper#41; opencivicdata/scrapers-ca#395); seed article line 70.S10,1,p,7:messageS10,10,d,54:E-mail address lost to Cloudflare obfuscation: {match}S11,1,p,4:skipQ11,7,0:S12,1,p,8:extendedS12,11,p,4:trueS13,1,p,7:patternS13,10,l,230:(?: \\\\?\\[ [ \\t]* e-?mail (?:\\s|&\\#160;|&\\#xa0;|&nbsp;|\\\\ )* protected [ \\t]* \\\\?\\]\n  | \\(email(?:\\s|&\\#160;|&nbsp;)+protected\\)\n  | /cdn-cgi/l/email-protection(?:\\#[0-9a-f]+)?\n  | \\bdata-cfemail=\"?[0-9a-f]+\n  | \\b__cf_email__\\b\n)\nS20,1,p,9:prefilterQ20,12,4:S20,13,s,11:\\bprotectedS20,28,s,18:\\bemail-protectionS20,50,s,14:\\bdata-cfemailS20,68,s,14:\\b__cf_email__S21,1,p,8:examplesM22,3,2:S22,3,p,10:triggeringQ23,5,2:S23,7,l,57:For volunteer opportunities, email ↓[email protected].\nS25,7,l,91:Write to the clinic at ↓\\[email protected\\] or call.\nBookings: ↓[email&#160;protected]\nS28,3,p,14:non_triggeringQ29,5,1:S29,7,l,82:For volunteer opportunities, email volunteers@example.org. The data is protected.\n",
        "scraper-residue/junk_glyphs.yml": "M1,1,11:S1,1,p,2:idS1,5,p,11:junk_glyphsS2,1,p,4:nameS2,7,p,14:Junk Glyph RunS3,1,p,7:summaryS3,10,p,90:A line of nothing but mixed punctuation and symbols (scraped decoration or layout debris).S4,1,p,8:categoryS4,11,p,15:scraper-residueS5,1,p,8:severityS5,11,p,7:warningS6,1,p,6:repairS6,9,p,4:lineS7,1,p,6:originS7,9,p,65:seed article lines 1 (\"* . * . . .\") and 93 (\". . .. $ $ - - -\").S8,1,p,7:messageS8,10,d,42:Run of junk glyphs in the article: {match}S9,1,p,8:extendedS9,11,p,4:trueS10,1,p,7:patternS10,10,l,424:# Five or more symbols in four or more space-separated groups, at least two different symbols:\n# \"* * *\" and \"---\" scene breaks and a \"[...]\" elision stay silent.\n# Linear on long lines: the first lookahead fails at the first letter or digit.\n^[ \\t]* (?= [\\p{P}\\p{S} \\t]*+ $ ) (?= ([\\p{P}\\p{S}]) (?: [ \\t] | \\1 )*+ [\\p{P}\\p{S}] )\n(?= (?: [ \\t]*+ [\\p{P}\\p{S}] ){5} ) [\\p{P}\\p{S}]++ (?: [ \\t]++ [\\p{P}\\p{S}]++ ){3,} [ \\t]*+ $\nS16,1,p,8:examplesM17,3,2:S17,3,p,10:triggeringQ18,5,2:S18,7,l,29:↓* . * . . .\nADVERTISEMENT\nS21,7,l,59:The content will be deleted.\n↓. . .. . . $ $ $ $ - - - -\nS24,3,p,14:non_triggeringQ25,5,2:S25,7,l,58:The first part ends here.\n\n* * *\n\nThe second part begins.\nS31,7,l,38:---\n...\n- - - - - -\n[...]\n--- ... ---\n",
    ]
}
