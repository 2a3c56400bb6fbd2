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
  ../shared/cases/TAXONOMY.md §3 ai_self_reference (The Verge 2023; NewsGuard content-farm pages).
message: "AI self-reference in the article: {match}"
skip: [quotations, code]
extended: true
pattern: |
  (?: \bas\s+an?\s+(?:ai|artificial\s+intelligence)(?:\s+(?:language\s+model|assistant|model|chatbot))?,?\s+i\b
    | \bas\s+a\s+(?:large\s+)?language\s+model,?\s+i\b
    | \bi(?:['’]m|\s+am)\s+(?:an?\s+)?(?:ai|artificial\s+intelligence|large\s+language\s+model|language\s+model)
        (?:\s+(?:language\s+model|assistant|model|chatbot))?\b
  )
prefilter: ['\bai\b', '\bartificial', '\blanguage']
examples:
  triggering:
    - |
      The kettle boils a litre in four minutes.
      ↓As an AI language model, I have not used this kettle myself.
    - |
      ↓I'm an AI assistant and don't have personal experience of the hotel.
  non_triggering:
    - |
      The company released an AI language model that writes news summaries.
      Critics said the model invents facts.
    - |
      The message read "As an AI language model, I cannot help with that", users reported.

"""#),
        ("assistant-residue/assistant_closing_offer.yml", #"""
id: assistant_closing_offer
name: Assistant Closing Offer
summary: A chat reply's closing offer or sign-off to the requester ends the article.
category: assistant-residue
severity: error
origin: >-
  ../shared/cases/TAXONOMY.md §2 closing_offer (Dawn newspaper, Nov 2025; Wikipedia "communication
  intended for the user"; vale-ai-tells ClosingPleasantries.yml).
message: "Assistant offer to the requester at the end of the article: {match}"
scope: last_lines
lines: 3
skip: [quotations, code]
extended: true
pattern: |
  (?: \b(?:(?:do\s+you\s+)?want\s+me\s+to|would\s+you\s+like\s+me\s+to|do\s+you\s+want\s+me\s+to
        |shall\s+i\s+(?:write|create|make|turn|draft|prepare|expand|shorten|rewrite|add|produce)
        |if\s+you(?:['’]d|\s+would)?\s+(?:like|want),?\s+i\s+can
        |i\s+can\s+also\s+(?:make|create|write|turn|produce|draft|provide|prepare)) \b [^\n]*
    | \blet\s+me\s+know\s+if\s+you\b [^\n]*
    | \b(?:just\s+say\s+the\s+word|feel\s+free\s+to\s+ask|happy\s+to\s+help|i\s+hope\s+this\s+helps) \b [^\n]*
  )
prefilter: ['\bwant', '\byou', '\bshall', '\balso', '\bword', '\bfree', '\bhelp']
examples:
  triggering:
    - |
      New car registrations rose 14 percent in October.
      Compact hatchbacks accounted for more than half of the increase.
      ↓Want me to turn this into a shorter version for social media? Just say the word.
    - |
      The bakery was named the best in the region.
      ↓I hope this helps! Let me know if you'd like any changes.
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

"""#),
        ("assistant-residue/assistant_meta_note.yml", #"""
id: assistant_meta_note
name: Assistant Meta Note
summary: The model's notes about its own edits, or a template's SEO field labels, are published.
category: assistant-residue
severity: error
origin: >-
  ../shared/cases/TAXONOMY.md §10 meta_commentary (WordPress/ai#398; tomcounsell/ai#106; auto-blog
  prompts that ban "Meta description:" labels).
message: "Note to the requester published with the article: {match}"
skip: [quotations, code]
extended: true
pattern: |
  (?: ^[ \t]* (?:here\s+are\s+)?(?:the\s+)?(?:key\s+)?changes\s+i(?:['’]ve|\s+have)?\s+made\b [^\n]*
    | ^[ \t]* note:\s*i(?:['’]ve|\s+have)\s+ [^\n]*
    | ^[ \t]* (?:meta\s+description|seo\s+title|focus\s+keyword|focus\s+keyphrase|url\s+slug) [ \t]*: [^\n]*
    | \(word\s+count:\s*\d+\)
    | ^[ \t]* i(?:['’]ve|\s+have)\s+(?:rewritten|shortened|revised|edited|kept|removed|adjusted|tightened)\b [^\n]*
  )
prefilter: [['\bchanges\b', '\bmade\b'], '^note:', '^meta', '^seo', '^focus', '^url', '(word', '^i\b']
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
        ("assistant-residue/assistant_preamble.yml", #"""
id: assistant_preamble
name: Assistant Lead-in
summary: A chat reply's opening line addressed to the requester is published with the article.
category: assistant-residue
severity: error
origin: >-
  ../shared/cases/TAXONOMY.md §1 preamble (Academ-AI "certainly, here are" search; WordPress/ai#398);
  seed article line 52 ("Certainly! Here’s the completed version of your table").
message: "Assistant lead-in addressed to the requester: {match}"
skip: [quotations, code]
extended: true
pattern: |
  # An affirmation, "here's/below is", and the requester addressed ("your", "you shared").
  (?: (?<![\w’']) (?:certainly|sure|of\s+course|absolutely|okay|great|here\s+you\s+go) [!,.]? \s+
      (?:here(?:['’]s|\s+is|\s+are)|below\s+(?:is|are)) \b [^\n]{0,160}?
      \b(?:your|you['’]ve|you\s+(?:shared|provided|requested|asked\s+for|sent)) \b [^\n]*
  # At the very start: "Here is the rewritten article:" (a deliverable noun and a colon).
  | \A \s* (?:here(?:['’]s|\s+is|\s+are)|below\s+(?:is|are)) \s+ (?:a|an|the|your) \s+ (?:[\w-]+\s+){0,5}
      (?:version|article|draft|summary|rewrite|post|table|translation|revision|excerpt|outline)s? \b [^\n]* : [ \t]* $
  # A word count promised to the requester: "Sure, here is a 300-word article about …".
  | (?<![\w’']) (?:sure|certainly|of\s+course|absolutely) [!,.]? \s+ (?:here(?:['’]s|\s+is)|below\s+is) \s+ (?:a|an) \s+ \d+[-\s]word \b [^\n]*
  )
prefilter: ['\byou', '\bword\b', '\Ahere\b', '\Abelow\b']
examples:
  triggering:
    - |
      ↓Certainly! Here's the completed version of your table with the missing figures filled in:

      | District | Rainfall |
    - |
      Technology & InnovationJoint research initiatives; Innovation hubs Advanced solutions ↓Certainly! Here’s the completed version of your table with consistent styling:
    - |
      ↓Here is the rewritten article:

      The council approved the budget on Monday.
    - |
      ↓Sure, here is a 300-word article about the harbour festival.
  non_triggering:
    - |
      Asked about the timeline, Mayor Dara Quillon did not hesitate.
      "Certainly. Here's the timeline we agreed with the contractor," she said.
    - |
      Changes to the Rental Bill

      Here are the key changes in the revised bill approved by parliament on Thursday:
    - |
      The minister said the plan was certainly ambitious. Here is why.

"""#),
        ("assistant-residue/assistant_refusal.yml", #"""
id: assistant_refusal
name: Assistant Refusal
summary: A model's refusal ("I'm sorry, but I can't …") is published as content.
category: assistant-residue
severity: error
origin: >-
  ../shared/cases/TAXONOMY.md §4 refusal (Amazon and eBay listings, Jan 2024; verified X bots).
message: "Model refusal published as content: {match}"
skip: [quotations, code]
extended: true
pattern: |
  (?: \bi(?:['’]m|\s+am)\s+sorry,?\s+but\s+i\s+(?:can['’]?t|cannot|am\s+unable\s+to|won['’]t)\b [^.\n]*
    | \bi\s+(?:cannot|can['’]t|am\s+unable\s+to|must\s+respectfully\s+decline\s+to)\s+
        (?:fulfill|fulfil|complete|generate|create|write|help\s+with|assist\s+with|provide)\s+(?:this|that|your|the)\s+request\b [^.\n]*
    | \b(?:goes|go|would\s+go)\s+against\s+(?:my|\w+['’]s)\s+(?:usage|use-case|content)\s+polic(?:y|ies)\b
  )
prefilter: ['\bsorry', '\brequest', '\bpolicy', '\bpolicies']
examples:
  triggering:
    - |
      ↓I'm sorry, but I can't generate a product name that includes a trademarked brand.

      Outdoor dining set, seven pieces.
    - |
      ↓I cannot fulfill this request because it involves a real person.
  non_triggering:
    - |
      "I'm sorry, but I cannot comment on the cause while the investigation is ongoing," a police spokesperson said.
    - |
      The company declined to comment on the request.

"""#),
        ("assistant-residue/chat_ui_label.yml", #"""
id: chat_ui_label
name: Chat Interface Label
summary: A chat interface's button or footer label is pasted into the article.
category: assistant-residue
severity: error
origin: >-
  ../shared/cases/TAXONOMY.md §6 ui_chrome (PubPeer's "Regenerate response" papers; vendor footers).
message: "Chat interface label pasted into the article: {match}"
extended: true
pattern: |
  (?: ^[ \t]* (?:regenerate(?:\s+response)?|copy\s+code|thought\s+for\s+\d+\s+seconds?|searched\s+\d+\s+sites?) [ \t]* $
    | \b(?:chatgpt|claude|gemini|copilot|the\s+assistant)\s+can\s+make\s+mistakes\.?
        (?:\s+(?:check|consider\s+checking)\s+important\s+info(?:rmation)?\.?)?
  )
prefilter: ['^regenerate', '^copy\b', '^thought', '^searched', '\bmistakes']
examples:
  triggering:
    - |
      Heavy metal concentrations were measured by spectrometry.
      ↓Regenerate response
      Results were compared with background values.
      ↓ChatGPT can make mistakes. Check important info.
  non_triggering:
    - |
      Users can click "Regenerate response" to get a different answer, the company said.
    - |
      The update lets users regenerate responses they dislike.

"""#),
        ("assistant-residue/citation_token.yml", #"""
id: citation_token
name: Chat Citation Token
summary: A chat assistant's internal citation handle or tracking parameter is left in the text.
category: assistant-residue
severity: error
origin: >-
  ../shared/cases/TAXONOMY.md §9 citation_artifact (claude-vibes model-fingerprints.md; resaikit E5;
  Wikipedia "Rabbit URL tracker" utm_source list).
message: "Chat citation token left in the text: {match}"
extended: true
pattern: |
  (?: :?contentReference\[oaicite:\d+\](?:\{index=\d+\})?
    | \bcite(?:turn\d+(?:search|news|image|file|view|fetch)\d+)+
    | (?<![\w]) turn\d+(?:search|news|image|file|view|fetch)\d+ \b
    | \[oai_citation:\d+ [^\]\n]* \]
    | 【\d+(?::\d+)?† [^】\n]* 】
    | [?&]utm_source=(?:chatgpt\.com|chatgpt|openai|perplexity|copilot|gemini|claude|grok|groq|jasper|askpandi)\b
    | \battributableIndex\b
    | <grok_card\b [^>\n]* >
    | \[(?:web|attached_file):\d+\]
  )
prefilter: ['[oaicite:', '\bciteturn', '\bturn\d', '[oai_citation:', '【', '\butm_source=', '\battributableindex', '<grok_card', '[web:', '[attached_file:']
examples:
  triggering:
    - |
      The reservoir reached 92 percent of capacity. ↓:contentReference[oaicite:0]{index=0}
      The ban was lifted the following week. ↓citeturn0search3
      Source: https://water.example.org/restrictions↓?utm_source=chatgpt.com
  non_triggering:
    - |
      Sign up at https://news.example.org/?utm_source=newsletter for updates [1].

"""#),
        ("assistant-residue/knowledge_cutoff.yml", #"""
id: knowledge_cutoff
name: Knowledge Cutoff Disclaimer
summary: A model's training-cutoff or no-real-time-data disclaimer is published in the article.
category: assistant-residue
severity: error
origin: >-
  ../shared/cases/TAXONOMY.md §5 knowledge_cutoff (404 Media on Google Books; allenai/open-instruct
  filter_cutoff_date.py).
message: "Knowledge-cutoff disclaimer in the article: {match}"
skip: [quotations, code]
extended: true
pattern: |
  (?: \bas\s+of\s+my\s+(?:last|latest|most\s+recent)(?:\s+(?:knowledge|training))?\s+(?:update|cutoff|cut-off)\b [^,.\n]*
    | \bmy\s+(?:knowledge|training)(?:\s+data)?\s+(?:cutoff|cut-off)\b
    | \bmy\s+training\s+data\s+(?:only\s+)?(?:goes|extends|runs)\s+(?:up\s+)?(?:to|until)\b [^,.\n]*
    | \bi\s+(?:don['’]t|do\s+not)\s+have\s+(?:access\s+to\s+)?(?:real-time|current|live|up-to-date)\s+(?:information|data)\b
    | \bi\s+(?:can['’]t|cannot|am\s+unable\s+to)\s+browse\s+(?:the\s+)?(?:internet|web)\b
  )
prefilter: ['\bmy\b', '\binformation', '\bdata', '\bbrowse']
examples:
  triggering:
    - |
      The central bank held its rate at 3.25 percent.
      ↓As of my last knowledge update in January 2024, the bank had not signalled any change.
    - |
      ↓I don't have access to real-time information, so check the bank's website.
  non_triggering:
    - |
      As of our last update at 6 p.m., the road remained closed.
    - |
      Chatbots often mention their knowledge cutoff when asked about recent events.

"""#),
        ("assistant-residue/reasoning_leak.yml", #"""
id: reasoning_leak
name: Reasoning Leak
summary: A reasoning model's thinking block or planning monologue is published in the article.
category: assistant-residue
severity: error
origin: >-
  ../shared/cases/TAXONOMY.md §11 reasoning_leak (jundot/omlx#2860; Rapid-MLX#875; open-instruct's
  think-tag stripping).
message: "Model reasoning published in the article: {match}"
skip: [quotations, code]
extended: true
pattern: |
  (?: <(think|thinking|reasoning|scratchpad)> [\s\S]*? </\1>
    | </?(?:think|thinking|reasoning|scratchpad)>
    | ^[ \t]* (?:okay|ok|alright|hmm),?\s+(?:so\s+)?the\s+user\s+(?:wants|asked|is\s+asking|needs)\b [^\n]*
    | \bthe\s+user\s+wants\b [^.\n]* \b(?:i\s+should|let\s+me|i['’]ll|i\s+will)\b [^\n]*
  )
prefilter: ['\bthink>', '\bthinking>', '\breasoning>', '\bscratchpad>', '\buser\b']
examples:
  triggering:
    - |
      ↓<think>
      The user wants a short news brief. I should keep it neutral.
      </think>
      The footbridge will close for repairs from 3 to 14 June.
    - |
      ↓Okay, so the user wants an article about the council vote.
  non_triggering:
    - |
      Retailers say the user wants faster checkout and fewer pop-ups.

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
  (?: \[ (?:Insert|Enter|Add|Your|INSERT|ENTER|YOUR) \b [^\]\n]{0,60} \]
    | \[ (?:[A-Z][a-z]+\s){0,3} (?:Name|Title|Company|Date|Location|Link|City|Address|Number|Figure|Quote|Source|URL) \]
    | \[ (?:DATE|NAME|CITY|COMPANY|TITLE|LINK|URL|SOURCE|PLACEHOLDER|TBD|TK|TKTK) \]
    | \[\[ [A-Z][A-Z0-9_]* \]\]
    | \{\{ \s* [A-Za-z_][\w.]* \s* \}\}
    | \b[Ll]orem\s+ipsum\b
  )
prefilter: ['[insert', '[enter', '[add', '[your', '\bname]', '\btitle]', '\bcompany]', '\bdate]', '\blocation]', '\blink]', '\bcity]', '\baddress]', '\bnumber]', '\bfigure]', '\bquote]', '\bsource]', '\burl]', '\bplaceholder]', '\btbd]', '\btk]', '\btktk]', '[[', '{{', '\blorem']
examples:
  triggering:
    - |
      ↓[Insert company name] Opens Distribution Centre in Marrow Bay

      "This investment shows our commitment," said ↓[Spokesperson Name], head of operations.
    - |
      The Harlow Vale ↓[[HOME_TEAM_NICKNAME]] won 3-1, and ↓{{player_name}} scored twice.
  non_triggering:
    - |
      "We knew [the library closures] would be unpopular," the council leader said.
      A letter called it a "disasterous [sic] and rushed" plan.
      The cuts will save 2.4 million a year [1].
    - |
      Pius XII and Super Bowl XX are mentioned; she posted on X about it.

"""#),
        ("scraper-residue/ad_label.yml", #"""
id: ad_label
name: Ad Label
summary: An ad slot's label ("ADVERTISEMENT") stands on its own line in the article body.
category: scraper-residue
severity: error
origin: >-
  ../shared/cases/TAXONOMY.md §17 ad_label (trafilatura#916 "PUBLICIDAD"; article-extractor#1);
  seed article lines 2, 6, 71, 77.
message: "Ad-slot label scraped into the article: {match}"
extended: true
pattern: |
  ^[ \t]* (?:advertisement|advertising|sponsored(?:\s+content)?|publicidad|anzeige|publicit[ée]|werbung|pubblicit[àa]
          |story\s+continues\s+below(?:\s+this)?\s+advertisement|article\s+continues\s+below(?:\s+advertisement)?
          |skip\s+advertisement|scroll\s+to\s+continue\s+with\s+content|continue\s+reading\s+below) [ \t]* $
prefilter: ['^advertis', '^sponsored', '^publicidad', '^anzeige', '^publicit', '^werbung', '^pubblicit', '^story', '^article', '^skip', '^scroll', '^continue']
examples:
  triggering:
    - |
      Tram fares stay at 2.10 until December.
      ↓ADVERTISEMENT
      The authority said ridership had grown.
      ↓Story continues below advertisement
  non_triggering:
    - |
      Advertisement revenue at the Herald fell 8 percent last year.
      An advertisement for the new app ran on city trams.

"""#),
        ("scraper-residue/aggregator_disclaimer.yml", #"""
id: aggregator_disclaimer
name: Aggregator Disclaimer
summary: A feed, aggregator or auto-publishing footer is republished as article text.
category: scraper-residue
severity: error
origin: >-
  ../shared/cases/TAXONOMY.md §20 aggregator_disclaimer (WordPress RSS footer, felfele/feeds#56;
  Gannett automated posts); seed article line 70 ("Denial of responsibility! … automatic aggregator").
message: "Aggregator boilerplate in the article: {match}"
extended: true
pattern: |
  (?: ^[ \t]* the\s+post\b [^\n]{1,200}? \bappeared\s+first\s+on\b [^\n]*
    | ^[ \t]* \(? disclaimer:\s*(?:this|the)\s+(?:article|content|story|post)\s+(?:was|is|has\s+been)\s+
        (?:automatically\s+|auto-)?(?:generated|compiled|created|aggregated)\b [^\n]*
    | \bhas\s+not\s+been\s+edited\s+by\s+(?:our\s+|the\s+)?(?:\w+\s+)?staff\b [^\n]*
    | \b(?:auto-published|published\s+automatically|generated\s+automatically|automatically\s+generated)\s+from\s+
        (?:an?\s+)?(?:syndicated|rss|news)\b [^\n]*
    | ^[ \t]* denial\s+of\s+responsibility\b [^\n]*
    | \bis\s+an\s+automatic\s+aggregator\b [^\n]*
  )
prefilter: ['\bappeared', '\bdisclaimer:', '\bedited\b', '\bauto-published', '\bautomatically', '^denial', '\baggregator']
examples:
  triggering:
    - |
      The terminal has berths for two vessels.
      ↓The post New Ferry Terminal Opens appeared first on Coastline Daily.
      ↓Disclaimer: This article was generated automatically from public sources.
    - |
      Crowds were the largest on record.
      (This story ↓has not been edited by our staff and was auto-published from a syndicated news feed.)
    - |
      ↓Denial of responsibility! news-site.example is an automatic aggregator around the global media.
  non_triggering:
    - |
      Correction: An earlier version of this article gave the wrong day for the vote.
      Additional reporting by Sela Okonkwo.
    - |
      The essay first appeared on the author's blog in 2019.

"""#),
        ("scraper-residue/calendar_widget.yml", #"""
id: calendar_widget
name: Calendar Widget
summary: A sidebar calendar widget (month, weekday row, day numbers) was scraped into the article.
category: scraper-residue
severity: error
origin: >-
  ../shared/cases/TAXONOMY.md §19 widget_junk (calendar widgets named in the brief); seed article
  lines 83-89 ("September 2025", "MTWTFSS").
message: "Calendar widget scraped into the article: {match}"
extended: true
pattern: |
  (?: ^[ \t]* (?:january|february|march|april|may|june|july|august|september|october|november|december) [ \t]+ \d{4} [ \t]* \R
      [ \t]* (?&weekdays) [ \t]* $
    | ^[ \t]* (?&weekdays) [ \t]* \R [ \t]* \d{1,2} (?:[ \t]*\d{1,2}){0,13} [ \t]* $
  )
  (?(DEFINE)
    (?<weekdays> m[ \t]*t[ \t]*w[ \t]*t[ \t]*f[ \t]*s[ \t]*s | s[ \t]*m[ \t]*t[ \t]*w[ \t]*t[ \t]*f[ \t]*s
               | mo[ \t]*tu[ \t]*we[ \t]*th[ \t]*fr[ \t]*sa[ \t]*su | mon[ \t]+tue[ \t]+wed[ \t]+thu[ \t]+fri[ \t]+sat[ \t]+sun )
  )
prefilter: ['^m\b', '^mt\b', '^mtw', '^mo\b', '^motu', '^mon\b', '^s\b', '^sm\b', '^smt', '^january\b', '^february\b', '^march\b', '^april\b', '^may\b', '^june\b', '^july\b', '^august\b', '^september\b', '^october\b', '^november\b', '^december\b']
examples:
  triggering:
    - |
      The festival runs from 4 to 6 July.
      ↓July 2025
      M T W T F S S
        1 2 3 4 5 6
      7 8 9 10 11 12 13
    - |
      Archives
      ↓September 2025
      MTWTFSS
      1234567
  non_triggering:
    - |
      Public information sessions:
      Sat 14 June – Kessling Town Hall, 10 a.m.
      Tue 17 June – Brennock Library, 6 p.m.
    - |
      July 2025
      Sales rose 4 percent in July 2025.

"""#),
        ("scraper-residue/email_obfuscation.yml", ##"""
id: email_obfuscation
name: Obfuscated E-mail Placeholder
summary: Cloudflare's e-mail protection placeholder replaced an address when the page was scraped.
category: scraper-residue
severity: error
origin: >-
  ../shared/cases/TAXONOMY.md §18 email_obfuscation (cloudflare-scrape#109; cloudscraper#41;
  opencivicdata/scrapers-ca#395); seed article line 70.
message: "E-mail address lost to Cloudflare obfuscation: {match}"
skip: []
extended: true
pattern: |
  (?: \[email(?:\s|&\#160;|&nbsp;)protected\]
    | /cdn-cgi/l/email-protection(?:\#[0-9a-f]+)?
    | \bdata-cfemail="?[0-9a-f]+
    | \b__cf_email__\b
  )
prefilter: ['\bprotected]', '\bemail-protection', '\bdata-cfemail', '\b__cf_email__']
examples:
  triggering:
    - |
      For volunteer opportunities, email ↓[email protected].
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
        ("scraper-residue/pagination_widget.yml", #"""
id: pagination_widget
name: Pagination Widget
summary: A page-number navigation row ("1 - 2 - 3 - 4") was scraped into the article.
category: scraper-residue
severity: error
origin: seed article line 91 ("1 - 2 - 3 - 4 - 5 - 6 - 7 - 8").
message: "Pagination widget scraped into the article: {match}"
extended: true
pattern: |
  ^[ \t]* (?:«[ \t]*|previous[ \t]+)? 1 (?: [ \t]*[-|·•][ \t]* \d{1,3} ){3,} (?:[ \t]*[-|·•]?[ \t]*(?:next|»|›))? [ \t]* $
prefilter: ['^1', '^«', '^previous']
examples:
  triggering:
    - |
      The content will be deleted within 24 hours.

      ↓1 - 2 - 3 - 4 - 5 - 6 - 7 - 8
  non_triggering:
    - |
      The home side won 3 - 1 after extra time.
      Steps 1 - 2 were skipped.

"""#),
        ("scraper-residue/share_widget.yml", #"""
id: share_widget
name: Share Widget
summary: A row of share buttons or "Share this / Like this" labels was scraped into the article.
category: scraper-residue
severity: error
origin: >-
  ../shared/cases/TAXONOMY.md §19 widget_junk (Jetpack "Share this:", Elementor share buttons in
  trafilatura#916).
message: "Share-button row scraped into the article: {match}"
extended: true
pattern: |
  (?: ^[ \t]* (?&button) (?: (?:[ \t]{2,}|[ \t]*[|·•][ \t]*) (?&button) )+ [ \t]* $
    | ^[ \t]* (?:share\s+this:|like\s+this:|like\s+loading\.\.\.|click\s+to\s+share\s+on\s+\w+\s+\(opens\s+in\s+new\s+window\)) [ \t]* $
  )
  (?(DEFINE)
    (?<button> share\s+on\s+\w+ | copy\s+link | tweet | email | print | whatsapp | facebook | twitter | linkedin
             | reddit | pinterest | telegram | share )
  )
prefilter: ['^share', '^copy\b', '^tweet', '^email', '^print', '^whatsapp', '^facebook', '^twitter', '^linkedin', '^reddit', '^pinterest', '^telegram', '^like', '^click']
examples:
  triggering:
    - |
      Food stalls sold out on the final evening.
      ↓Share on X   Share on Facebook   Copy link
    - |
      The ferry leaves at noon.
      ↓Share this:
  non_triggering:
    - |
      Readers can share on Facebook or copy the link to the article.

"""#),
        ("scraper-residue/sidebar_widget.yml", #"""
id: sidebar_widget
name: Sidebar Widget
summary: Sidebar or footer widget headings ("Categories", "Archives", "Recent Posts") were scraped into the article.
category: scraper-residue
severity: warning
origin: >-
  ../shared/cases/TAXONOMY.md §19 widget_junk (newspaper#128 "Top most read" menus; trafilatura#160);
  seed article lines 79-81 ("Categories", "Archives").
message: "Sidebar widget headings scraped into the article: {match}"
extended: true
pattern: |
  (?: ^[ \t]* (?&label) [ \t]* (?: \R (?:[ \t]*\R)* [ \t]* (?&label) [ \t]* )+ $
    | ^[ \t]* (?:subscribe\s+to\s+our\s+newsletter|accept\s+all\s+cookies|loading\.\.\.|you\s+may\s+also\s+like) [ \t]* $
  )
  (?(DEFINE)
    (?<label> categories | archives | recent\s+posts | recent\s+comments | related\s+posts | popular\s+posts | tags
            | most\s+read | trending(?:\s+now)? | latest\s+news | more\s+stories | related\s+articles | follow\s+us )
  )
prefilter: ['^categories', '^archives', '^recent', '^related', '^popular', '^tags', '^most', '^trending', '^latest', '^more', '^follow', '^subscribe', '^accept', '^loading...', '^you']
examples:
  triggering:
    - |
      A podcast host who engages in conversations.

      ↓Categories

      Archives
  non_triggering:
    - |
      The city's archives hold records from 1820.

      Archives

      The reading room reopens in May.

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
  managing, news, sports, youth, under-21, first-team, pro, tempore, prime,
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
