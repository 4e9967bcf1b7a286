#!/usr/bin/env python3
"""Builds the body-text evaluation set: each article of articles.py wrapped in one of twelve
site templates modelled on how real sites lay out a story (WordPress, CSS-module and Tailwind
class names, <br>-separated wire copy, legacy tables, Medium-like markup, localized news sites,
teaser cards, long reader comments, AMP, a sidebar with prose, a bare page), with the furniture
such pages carry (menus, bylines, share bars, ads, captions, pull quotes, newsletter boxes,
related links, comments, cookie banners, footers) in the page's language.

Writes NAME.html and NAME.txt (the hand-made body: paragraphs, subheadings, list items and
quotations of the story; not the headline, byline, date, captions, pull quotes or furniture),
deterministically. Usage: python3 make_pages.py OUTDIR
"""
import html, json, os, sys, zlib
sys.path.insert(0, os.path.dirname(__file__))
from articles import ARTICLES

F = {  # furniture text per language
 "en": dict(nav=["Home","World","Business","Markets","Sport","Culture","Opinion"], related="Related stories", more="Read more:",
   news_t="Get the morning briefing", news_p="Our editors pick the five stories you need to know, in your inbox every weekday at 7 am.",
   sub="Subscribe", share=["Share on Facebook","Share on X","Email"], cookie="We use cookies to improve your experience and to show you relevant advertising. By continuing you agree to our cookie policy.",
   accept="Accept all", foot="© 2025 The Daily Ledger. All rights reserved.", foot2=["About us","Contact","Privacy policy","Terms of use","Advertise"],
   ad="Advertisement", comments="Comments", most="Most read", by="By", photo="Photo", follow="Follow", min_read="min read",
   comment_texts=["I have lived here for thirty years and I have never seen anything like this. The council should have acted much sooner, and everyone knew it.",
     "Good article, but it leaves out the most important point, which is who is going to pay for all of this in the end. Spoiler: it will be us.",
     "Does anyone know whether the figures in the third paragraph include last year's revision? They seem higher than what I read elsewhere."],
   about="The Ledger is an independent newsroom covering business, science and public life. Our journalism is funded by readers like you; we take no money from the companies we report on."),
 "fr": dict(nav=["Accueil","International","Économie","Sport","Culture","Idées"], related="Sur le même sujet", more="Lire aussi :",
   news_t="Recevez notre lettre d'information", news_p="Chaque matin, l'essentiel de l'actualité sélectionné par la rédaction, directement dans votre boîte mail.",
   sub="S'abonner", share=["Partager sur Facebook","Partager sur X","Envoyer par courriel"], cookie="Nous utilisons des cookies pour améliorer votre expérience et vous proposer des publicités adaptées. En poursuivant votre navigation, vous acceptez leur utilisation.",
   accept="Tout accepter", foot="© 2025 Le Quotidien. Tous droits réservés.", foot2=["Qui sommes-nous","Contact","Mentions légales","Publicité"],
   ad="Publicité", comments="Commentaires", most="Les plus lus", by="Par", photo="Photo", follow="Suivre", min_read="min de lecture",
   comment_texts=["Article intéressant, mais on aurait aimé savoir ce qu'en pensent les habitants concernés, qui sont les premiers à en subir les conséquences.",
     "Encore une fois, les décisions sont prises sans concertation. Il faudra bien un jour que les élus écoutent ceux qui vivent sur place."],
   about="Le Quotidien est un journal indépendant. Notre rédaction est financée par ses lecteurs et ne dépend d'aucun groupe industriel."),
 "de": dict(nav=["Startseite","Politik","Wirtschaft","Sport","Kultur","Meinung"], related="Mehr zum Thema", more="Lesen Sie auch:",
   news_t="Unser Newsletter", news_p="Jeden Morgen die wichtigsten Nachrichten des Tages, ausgewählt von unserer Redaktion, direkt in Ihr Postfach.",
   sub="Abonnieren", share=["Auf Facebook teilen","Auf X teilen","Per E-Mail senden"], cookie="Wir verwenden Cookies, um Ihnen ein besseres Nutzungserlebnis und passende Werbung zu bieten. Mit der Nutzung der Seite stimmen Sie dem zu.",
   accept="Alle akzeptieren", foot="© 2025 Der Tagesbote. Alle Rechte vorbehalten.", foot2=["Impressum","Kontakt","Datenschutz","Werbung"],
   ad="Anzeige", comments="Kommentare", most="Meistgelesen", by="Von", photo="Foto", follow="Folgen", min_read="Min. Lesezeit",
   comment_texts=["Das hätte man schon vor zehn Jahren angehen müssen. Jetzt wundert man sich, dass es teurer wird und länger dauert als geplant.",
     "Ich finde den Artikel sehr ausgewogen. Schade nur, dass die Zahlen für unsere Region nicht gesondert aufgeführt werden."],
   about="Der Tagesbote ist eine unabhängige Zeitung. Unser Journalismus wird von unseren Leserinnen und Lesern finanziert."),
 "es": dict(nav=["Portada","Internacional","Economía","Deportes","Cultura","Opinión"], related="Noticias relacionadas", more="Lee también:",
   news_t="Suscríbete a nuestro boletín", news_p="Cada mañana, las noticias más importantes del día seleccionadas por nuestra redacción, directamente en tu correo.",
   sub="Suscribirse", share=["Compartir en Facebook","Compartir en X","Enviar por correo"], cookie="Utilizamos cookies propias y de terceros para mejorar tu experiencia y mostrarte publicidad relacionada con tus preferencias.",
   accept="Aceptar todo", foot="© 2025 El Diario. Todos los derechos reservados.", foot2=["Quiénes somos","Contacto","Aviso legal","Publicidad"],
   ad="Publicidad", comments="Comentarios", most="Lo más leído", by="Por", photo="Foto", follow="Seguir", min_read="min de lectura",
   comment_texts=["Muy buen artículo. Ojalá se hablara más de este tema, porque afecta a muchísima gente y casi nunca sale en los informativos.",
     "No entiendo por qué se ha tardado tanto en tomar una decisión que todo el mundo veía necesaria desde hace años."],
   about="El Diario es un periódico independiente financiado por sus lectores y suscriptores."),
 "it": dict(nav=["Home","Cronaca","Economia","Sport","Cultura","Opinioni"], related="Articoli correlati", more="Leggi anche:",
   news_t="Iscriviti alla newsletter", news_p="Ogni mattina le notizie più importanti selezionate dalla redazione, direttamente nella tua casella di posta.",
   sub="Iscriviti", share=["Condividi su Facebook","Condividi su X","Invia per email"], cookie="Questo sito utilizza cookie tecnici e di profilazione per migliorare la tua esperienza e mostrarti pubblicità in linea con le tue preferenze.",
   accept="Accetta tutto", foot="© 2025 Il Giornale del Mattino. Tutti i diritti riservati.", foot2=["Chi siamo","Contatti","Privacy","Pubblicità"],
   ad="Pubblicità", comments="Commenti", most="I più letti", by="Di", photo="Foto", follow="Segui", min_read="min di lettura",
   comment_texts=["Finalmente una buona notizia, speriamo che i tempi vengano rispettati questa volta e che non ci siano altri ritardi."],
   about="Il Giornale del Mattino è un quotidiano indipendente sostenuto dai suoi lettori."),
 "pt": dict(nav=["Início","Mundo","Economia","Desporto","Cultura","Opinião"], related="Notícias relacionadas", more="Leia também:",
   news_t="Assine a nossa newsletter", news_p="Todas as manhãs, as notícias mais importantes escolhidas pela redação, diretamente no seu e-mail.",
   sub="Assinar", share=["Partilhar no Facebook","Partilhar no X","Enviar por e-mail"], cookie="Utilizamos cookies para melhorar a sua experiência e apresentar publicidade adequada aos seus interesses.",
   accept="Aceitar todos", foot="© 2025 Jornal da Manhã. Todos os direitos reservados.", foot2=["Quem somos","Contactos","Privacidade","Publicidade"],
   ad="Publicidade", comments="Comentários", most="Mais lidas", by="Por", photo="Foto", follow="Seguir", min_read="min de leitura",
   comment_texts=["Excelente reportagem. Seria bom acompanhar o tema nos próximos meses para ver se as promessas são cumpridas."],
   about="O Jornal da Manhã é um jornal independente financiado pelos seus leitores."),
 "nl": dict(nav=["Home","Binnenland","Buitenland","Economie","Sport","Cultuur"], related="Meer over dit onderwerp", more="Lees ook:",
   news_t="Schrijf je in voor de nieuwsbrief", news_p="Elke ochtend het belangrijkste nieuws, geselecteerd door onze redactie, in je mailbox.",
   sub="Inschrijven", share=["Deel op Facebook","Deel op X","Verstuur per e-mail"], cookie="Wij gebruiken cookies om je ervaring te verbeteren en advertenties te tonen die bij je passen.",
   accept="Alles accepteren", foot="© 2025 Het Dagblad. Alle rechten voorbehouden.", foot2=["Over ons","Contact","Privacy","Adverteren"],
   ad="Advertentie", comments="Reacties", most="Meest gelezen", by="Door", photo="Foto", follow="Volgen", min_read="min leestijd",
   comment_texts=["Goed stuk. Het wordt tijd dat hier eindelijk geld voor wordt vrijgemaakt, want het probleem is al jaren bekend."],
   about="Het Dagblad is een onafhankelijke krant die wordt betaald door haar lezers."),
 "zh": dict(nav=["首页","国内","国际","财经","体育","文化"], related="相关新闻", more="延伸阅读：",
   news_t="订阅我们的新闻简报", news_p="每天早上，编辑精选当天最重要的新闻，直接发送到您的邮箱。",
   sub="订阅", share=["分享到微博","分享到微信","发送邮件"], cookie="我们使用Cookie来改善您的浏览体验并向您展示相关广告。继续浏览即表示您同意我们的Cookie政策。",
   accept="全部接受", foot="© 2025 晨报 版权所有", foot2=["关于我们","联系我们","隐私政策","广告服务"],
   ad="广告", comments="评论", most="热门文章", by="作者", photo="图片", follow="关注", min_read="分钟阅读",
   comment_texts=["希望这些措施能够真正落实，让普通人也能从中受益，而不是只停留在纸面上。"],
   about="晨报是一家独立媒体，由读者支持。"),
 "ja": dict(nav=["トップ","国内","国際","経済","スポーツ","文化"], related="関連記事", more="あわせて読みたい：",
   news_t="ニュースレターを購読", news_p="毎朝、編集部が選んだその日の重要なニュースをメールでお届けします。",
   sub="登録する", share=["Facebookでシェア","Xでシェア","メールで送る"], cookie="当サイトでは、利便性の向上と広告配信のためにCookieを使用しています。サイトの利用を続けることで同意したものとみなします。",
   accept="すべて同意", foot="© 2025 朝刊新聞 無断転載禁止", foot2=["会社概要","お問い合わせ","プライバシーポリシー","広告掲載"],
   ad="広告", comments="コメント", most="よく読まれている記事", by="記者", photo="写真", follow="フォロー", min_read="分で読めます",
   comment_texts=["とても分かりやすい記事でした。今後の動きにも注目したいと思います。"],
   about="朝刊新聞は読者に支えられた独立した報道機関です。"),
}
CAPTIONS = {"en": "Workers at the site on Tuesday. The company expects to finish the first phase next year.",
 "fr": "Des ouvriers sur le chantier, mardi. La première phase doit s'achever l'an prochain.",
 "de": "Arbeiter auf der Baustelle am Dienstag. Der erste Abschnitt soll im kommenden Jahr fertig werden.",
 "es": "Trabajadores en la obra el martes. La primera fase terminará el próximo año.",
 "it": "Operai al lavoro martedì. La prima fase dovrebbe concludersi il prossimo anno.",
 "pt": "Trabalhadores no local na terça-feira. A primeira fase deve ficar pronta no próximo ano.",
 "nl": "Arbeiders aan het werk op dinsdag. De eerste fase moet volgend jaar klaar zijn.",
 "zh": "周二，工人们在现场作业。第一阶段工程预计明年完工。", "ja": "作業を進める作業員たち。第一段階は来年完了する見通し。"}

e = html.escape

def kind(p):
    if p.startswith("## "): return "h", p[3:]
    if p.startswith("- "): return "li", p[2:]
    if p.startswith("> "): return "q", p[2:]
    return "p", p

def body_html(paras, p_attr="", q_tag="blockquote"):
    out, items = [], []
    def flush():
        if items: out.append("<ul>" + "".join(f"<li>{e(t)}</li>" for t in items) + "</ul>"); items.clear()
    for p in paras:
        k, t = kind(p)
        if k == "li": items.append(t); continue
        flush()
        if k == "h": out.append(f"<h2>{e(t)}</h2>")
        elif k == "q": out.append(f"<{q_tag}><p>{e(t)}</p></{q_tag}>")
        else: out.append(f"<p{p_attr}>{e(t)}</p>")
    flush()
    return out

def others(a, n=4):
    same = [x for x in ARTICLES if x[1] == a[1] and x[0] != a[0]] or [x for x in ARTICLES if x[0] != a[0]]
    h = zlib.crc32(a[0].encode())
    return [same[(h + i) % len(same)] for i in range(min(n, len(same)))]

def first_sentence(a):
    text = kind(next(p for p in a[5] if kind(p)[0] == "p"))[1]
    for end in (". ", "。"):
        if end in text: return text[: text.index(end) + len(end)].strip()
    return text

def pull_quote(a):
    paras = [kind(p)[1] for p in a[5] if kind(p)[0] == "p"]
    t = paras[min(1, len(paras) - 1)]
    for end in (". ", "。"):
        if end in t: return t[: t.index(end) + 1]
    return t

def slug(s): return "".join(c if c.isalnum() else "-" for c in s.lower())[:40]

def nav(f, cls="nav"):
    return f'<nav class="{cls}"><ul>' + "".join(f'<li><a href="/{slug(x)}">{e(x)}</a></li>' for x in f["nav"]) + "</ul></nav>"

def related_list(a, f, tag="section", cls="related"):
    return (f'<{tag} class="{cls}"><h2>{e(f["related"])}</h2><ul>' + "".join(
        f'<li><a href="/news/{o[0]}">{e(o[2])}</a></li>' for o in others(a)) + f"</ul></{tag}>")

def insert(blocks, i, extra):
    i = min(i, len(blocks)); return blocks[:i] + [extra] + blocks[i:]

def head(a, extra=""):
    return (f'<!DOCTYPE html><html lang="{a[1]}"><head><meta charset="utf-8"><title>{e(a[2])}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">{extra}</head>')

def t_wordpress(a, f):
    b = body_html(a[5])
    b = insert(b, 2, f'<figure class="wp-block-image"><img src="/wp-content/uploads/1.jpg" alt=""><figcaption>{e(CAPTIONS[a[1]])}</figcaption></figure>')
    comments = "".join(f'<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">reader{i}</b> <time>2 days ago</time></footer><div class="comment-content"><p>{e(c)}</p></div><a class="comment-reply-link" href="#">Reply</a></article></li>' for i, c in enumerate(f["comment_texts"]))
    return (head(a) + f'<body class="post-template-default single"><div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/">The Ledger</a></p>{nav(f, "main-navigation")}</header>'
        f'<div id="content" class="site-content"><main id="main" class="site-main"><article class="post type-post"><header class="entry-header"><h1 class="entry-title">{e(a[2])}</h1><div class="entry-meta">{e(f["by"])} <a href="/author/x">{e(a[3])}</a> · <time datetime="{a[4]}">{a[4]}</time></div></header>'
        f'<div class="entry-content">{"".join(b)}<div class="sharedaddy"><h3>Share this:</h3><ul>' + "".join(f'<li><a href="#">{e(s)}</a></li>' for s in f["share"]) + '</ul></div>'
        f'<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">{e(f["related"])}</h3>' + "".join(f'<div class="jp-relatedposts-post"><a href="/{o[0]}">{e(o[2])}</a></div>' for o in others(a, 3)) + '</div></div>'
        f'<footer class="entry-footer"><span class="cat-links">Posted in <a href="/c/news">News</a></span></footer></article>'
        f'<div id="comments" class="comments-area"><h2 class="comments-title">{len(f["comment_texts"])} {e(f["comments"])}</h2><ol class="comment-list">{comments}</ol></div></main>'
        f'<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">{e(f["most"])}</h2><ul>' + "".join(f'<li><a href="/{o[0]}">{e(o[2])}</a></li>' for o in others(a, 4)) + '</ul></section></aside></div>'
        f'<footer id="colophon" class="site-footer"><div class="site-info">{e(f["foot"])}</div></footer></div></body></html>')

def t_cssmodules(a, f):
    b = body_html(a[5], ' class="Paragraph_paragraph__xQ3mU"')
    b = insert(b, 1, f'<div class="AdSlot_container__k2Pz9"><span class="AdSlot_label__1bX0c">{e(f["ad"])}</span><div id="ad-mid-1"></div></div>')
    o = others(a, 1)[0]
    b = insert(b, 3, f'<p class="Paragraph_paragraph__xQ3mU"><strong>{e(f["more"])}</strong> <a href="/news/{o[0]}">{e(o[2])}</a></p>')
    b = insert(b, 2, f'<figure class="Media_figure__8sLwq"><img src="/i/1.jpg"><figcaption class="Media_caption__2Ws0k">{e(CAPTIONS[a[1]])} <span class="Media_credit__9aQ1n">{e(f["photo"])}: Agency</span></figcaption></figure>')
    return (head(a) + f'<body><div id="__next"><div class="Banner_cookie__3Jk9s"><p>{e(f["cookie"])}</p><button>{e(f["accept"])}</button></div>'
        f'<header class="Header_root__a1B2c"><a class="Header_logo__Zz8Q2" href="/">Ledger</a>{nav(f, "Header_nav__p0Lm4")}</header>'
        f'<main class="Layout_main__5tYqW"><article class="ArticlePage_article__Zx9Q1"><div class="ArticleHeader_root__c4Rt6"><h1 class="ArticleHeader_title__u7Ey3">{e(a[2])}</h1>'
        f'<div class="Byline_root__3kLmN"><span>{e(f["by"])} <a href="/authors/x">{e(a[3])}</a></span><time datetime="{a[4]}T08:00:00Z">{a[4]}</time></div></div>'
        f'<div class="ArticleBody_body__7fGh2">{"".join(b)}</div>'
        f'<div class="ShareBar_root__8uHn1">' + "".join(f'<button aria-label="{e(s)}">{e(s)}</button>' for s in f["share"]) + '</div></article>'
        + related_list(a, f, "section", "MoreStories_root__x1Ty7") + f'</main><footer class="Footer_root__q9Wc2"><p>{e(f["foot"])}</p><ul>' + "".join(f'<li><a href="/{slug(x)}">{e(x)}</a></li>' for x in f["foot2"]) + '</ul></footer></div></body></html>')

def t_tailwind(a, f):
    b = body_html(a[5], ' class="mb-4 leading-relaxed"')
    b = insert(b, 2, f'<div class="my-8 rounded-xl bg-gray-100 p-6"><p class="text-lg font-bold">{e(f["news_t"])}</p><p class="text-sm text-gray-600">{e(f["news_p"])}</p><div class="mt-3 flex"><input type="email" placeholder="Email"><button class="ml-2 rounded bg-blue-600 px-4 text-white">{e(f["sub"])}</button></div></div>')
    b = insert(b, 4, f'<div class="my-6 border-l-4 border-blue-600 pl-4 text-2xl italic text-gray-800">“{e(pull_quote(a))}”</div>')
    return (head(a) + f'<body class="bg-white text-gray-900"><div class="sticky top-0 z-10 border-b bg-white"><div class="mx-auto flex max-w-5xl items-center justify-between p-4"><a href="/" class="text-xl font-black">LEDGER</a><div class="flex gap-4 text-sm">' + "".join(f'<a href="/{slug(x)}" class="hover:underline">{e(x)}</a>' for x in f["nav"]) + '</div></div></div>'
        f'<div class="mx-auto max-w-3xl px-4 py-8"><div class="mb-2 text-sm uppercase text-blue-600"><a href="/{slug(f["nav"][2])}">{e(f["nav"][2])}</a></div><h1 class="mb-4 text-4xl font-bold">{e(a[2])}</h1>'
        f'<div class="mb-8 flex gap-2 text-sm text-gray-500"><span>{e(f["by"])} {e(a[3])}</span><span>·</span><span>{a[4]}</span><span>·</span><span>4 {e(f["min_read"])}</span></div>'
        f'<div class="prose prose-lg max-w-none">{"".join(b)}</div>'
        f'<div class="mt-12 border-t pt-6"><div class="mb-4 text-lg font-bold">{e(f["related"])}</div><div class="grid grid-cols-2 gap-6">' + "".join(f'<a href="/news/{o[0]}" class="block"><div class="font-semibold">{e(o[2])}</div><div class="text-sm text-gray-500">{o[4]}</div></a>' for o in others(a, 4)) + '</div></div></div>'
        f'<div class="border-t bg-gray-50 py-8 text-center text-sm text-gray-500">{e(f["foot"])}</div></body></html>')

def t_wire(a, f):
    parts = []
    for p in a[5]:
        k, t = kind(p)
        parts.append(("* " if k == "li" else "") + e(t))
    city = {"en": "LONDON", "fr": "PARIS", "de": "BERLIN", "es": "MADRID", "it": "ROMA", "pt": "LISBOA", "nl": "AMSTERDAM", "zh": "北京", "ja": "東京"}[a[1]]
    return (head(a) + f'<body><div id="top">{nav(f)}</div><div class="wrap"><div class="headline"><b>{e(a[2])}</b></div>'
        f'<div class="meta">{a[4]} 09:14 UTC · {e(f["by"])} {e(a[3])}</div><div class="story">' + "<br><br>".join(parts) + '</div>'
        f'<div class="tools"><a href="#">Print</a> | <a href="#">{e(f["share"][2])}</a></div>'
        f'<div class="copyright">{e(f["foot"])}</div></div></body></html>')

def t_table(a, f):
    b = body_html(a[5])
    return (head(a).replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">') +
        f'<body bgcolor="#ffffff"><table width="100%" cellpadding="4"><tr><td colspan="3" bgcolor="#003366"><font color="white" size="6">The Ledger</font></td></tr>'
        f'<tr><td width="160" valign="top" bgcolor="#eeeeee">' + "<br>".join(f'<a href="/{slug(x)}.html">{e(x)}</a>' for x in f["nav"]) + '</td>'
        f'<td valign="top"><font size="5"><b>{e(a[2])}</b></font><br><font size="2" color="#666666">{e(f["by"])} {e(a[3])} | {a[4]}</font>{"".join(b)}'
        f'<p><a href="/archive.html">&laquo; Archive</a> | <a href="/index.html">Home</a></p></td>'
        f'<td width="180" valign="top"><b>{e(f["most"])}</b><br>' + "<br>".join(f'<a href="/{o[0]}.html">{e(o[2])}</a>' for o in others(a, 4)) + f'<br><br><font size="1">{e(f["ad"])}</font><br><img src="/ads/banner.gif" width="160" height="600"></td></tr>'
        f'<tr><td colspan="3" align="center"><font size="1">{e(f["foot"])} ' + " | ".join(f'<a href="/{slug(x)}.html">{e(x)}</a>' for x in f["foot2"]) + '</font></td></tr></table></body></html>')

def t_medium(a, f):
    b = body_html(a[5], ' class="pw-post-body-paragraph kx ky lf la b lg lh li lj lk ll"')
    b = insert(b, 3, f'<blockquote class="pullquote nq nr ns"><p>{e(pull_quote(a))}</p></blockquote>')
    return (head(a) + f'<body><div id="root"><div class="a b c"><div class="l"><a href="/" aria-label="Homepage">Medium</a></div><div class="l"><a href="/m/signin">Sign in</a><a href="/new-story">Write</a></div></div>'
        f'<article><div class="l"><section><div class="gn go gp"><h1 class="pw-post-title">{e(a[2])}</h1><div class="speechify-ignore"><a href="/@x">{e(a[3])}</a><button>{e(f["follow"])}</button>'
        f'<span>4 {e(f["min_read"])}</span><span>·</span><span>{a[4]}</span></div><div class="ab q"><span>1.2K</span><span>14</span><button aria-label="Listen">Listen</button><button aria-label="Share">Share</button></div>'
        f'{"".join(b)}</div></section></div></article>'
        f'<div class="responses"><h2>Responses ({len(f["comment_texts"])})</h2>' + "".join(f'<div class="pw-responses"><a href="/@r{i}">reader{i}</a><p>{e(c)}</p><span>12</span><button>Reply</button></div>' for i, c in enumerate(f["comment_texts"])) + '</div>'
        f'<div class="recommended"><h2>More from {e(a[3])}</h2>' + "".join(f'<div><a href="/p/{o[0]}"><h2>{e(o[2])}</h2></a><div>{e(first_sentence(o))}</div></div>' for o in others(a, 2)) + '</div></div></body></html>')

def t_localized(a, f):
    b = body_html(a[5], "", "blockquote")
    o1, o2 = others(a, 2) if len(others(a, 2)) > 1 else (others(a, 1)[0],) * 2
    b = insert(b, 2, f'<p class="article__read-also"><strong>{e(f["more"])}</strong> <a href="/{o1[0]}">{e(o1[2])}</a></p>')
    b = insert(b, 5, f'<div class="inread-ad"><span>{e(f["ad"])}</span></div>')
    return (head(a) + f'<body><header class="site-header"><div class="site-header__logo"><a href="/">Le Quotidien</a></div>{nav(f, "site-header__nav")}'
        f'<a class="site-header__subscribe" href="/abo">{e(f["sub"])}</a></header><div class="breadcrumb"><a href="/">{e(f["nav"][0])}</a> › <a href="/{slug(f["nav"][2])}">{e(f["nav"][2])}</a></div>'
        f'<main><div class="article"><h1 class="article__title">{e(a[2])}</h1><p class="article__byline">{e(f["by"])} <span class="author">{e(a[3])}</span>, <time datetime="{a[4]}">{a[4]}</time></p>'
        f'<ul class="article__share">' + "".join(f'<li><a href="#">{e(s)}</a></li>' for s in f["share"]) + f'</ul>'
        f'<div class="article__content">{"".join(b)}</div>'
        f'<div class="article__newsletter"><p class="article__newsletter-title">{e(f["news_t"])}</p><p>{e(f["news_p"])}</p><a href="/newsletter">{e(f["sub"])}</a></div>'
        + related_list(a, f, "div", "article__related") + f'</div></main><footer class="site-footer"><p>{e(f["about"])}</p><p>{e(f["foot"])}</p></footer></body></html>')

def t_cards(a, f):
    b = body_html(a[5], ' class="c-paragraph"')
    for i, o in enumerate(others(a, 2)):
        b = insert(b, 2 + 3 * i, f'<div class="c-card c-card--inline"><a href="/story/{o[0]}"><span class="c-card__label">{e(f["related"])}</span><h3 class="c-card__title">{e(o[2])}</h3><p class="c-card__teaser">{e(first_sentence(o))}</p></a></div>')
    return (head(a) + f'<body><div class="l-wrapper"><div class="l-header"><a href="/" class="c-logo">Ledger Magazine</a>{nav(f, "c-menu")}</div>'
        f'<div class="l-content"><div class="c-article"><div class="c-article__kicker">{e(f["nav"][3])}</div><h1 class="c-article__headline">{e(a[2])}</h1>'
        f'<div class="c-article__meta">{e(a[3])} — {a[4]}</div><div class="c-article__body">{"".join(b)}</div></div></div>'
        f'<div class="l-footer"><p>{e(f["foot"])}</p></div></div></body></html>')

def t_discussion(a, f):
    b = body_html(a[5])
    comments = "".join(f'<div class="post"><div class="post-author">reader{i}</div><div class="post-body"><p>{e(c)}</p></div><div class="post-actions"><a href="#">Reply</a> · <a href="#">Like</a></div></div>' for i, c in enumerate(f["comment_texts"] * 2))
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a[2], "datePublished": a[4],
                     "author": {"@type": "Person", "name": a[3]}}, ensure_ascii=False)
    return (head(a, f'<script type="application/ld+json">{ld}</script>')
        + f'<body><header>{nav(f)}</header><main><h1 itemprop="headline">{e(a[2])}</h1><div class="author-date">{e(a[3])} | {a[4]}</div>'
        f'<div itemprop="articleBody">{"".join(b)}</div><section class="discussion"><h2>{e(f["comments"])} ({2 * len(f["comment_texts"])})</h2>{comments}</section></main>'
        f'<footer><p>{e(f["foot"])}</p></footer></body></html>')

def t_amp(a, f):
    b = body_html(a[5])
    b = insert(b, 1, f'<amp-ad width="300" height="250" type="doubleclick" data-slot="/1/mid"><div placeholder>{e(f["ad"])}</div></amp-ad>')
    b = insert(b, 3, f'<figure><amp-img src="/i/2.jpg" width="800" height="450" layout="responsive"></amp-img><figcaption>{e(CAPTIONS[a[1]])}</figcaption></figure>')
    return (head(a, '<link rel="canonical" href="https://example.org/x"><style amp-custom>body{font:16px serif}</style>') +
        f'<body><amp-sidebar id="menu" layout="nodisplay">{nav(f)}</amp-sidebar><div class="top-bar"><button on="tap:menu.toggle">☰</button><a href="/">Ledger</a></div>'
        f'<div class="article-header"><h1>{e(a[2])}</h1><p class="byline">{e(f["by"])} {e(a[3])}</p><p class="date">{a[4]}</p></div>'
        f'<div class="article-body">{"".join(b)}</div><div class="most-read"><h2>{e(f["most"])}</h2><ol>' + "".join(f'<li><a href="/{o[0]}">{e(o[2])}</a></li>' for o in others(a, 5)) + '</ol></div>'
        f'<div class="footer">{e(f["foot"])}</div></body></html>')

def t_sidebar(a, f):
    b = body_html(a[5])
    return (head(a) + f'<body><div class="header"><div class="logo">Ledger</div><div class="menu">' + " ".join(f'<a href="/{slug(x)}">{e(x)}</a>' for x in f["nav"]) + '</div></div>'
        f'<div class="container"><div class="content"><h1>{e(a[2])}</h1><div class="info">{e(f["by"])} {e(a[3])} - {a[4]}</div>{"".join(b)}'
        f'<div class="tags">Tags: <a href="/t/1">{e(f["nav"][2])}</a>, <a href="/t/2">{e(f["nav"][1])}</a></div></div>'
        f'<div class="sidebar"><div class="box"><h3>About</h3><p>{e(f["about"])}</p></div><div class="box"><h3>{e(f["news_t"])}</h3><p>{e(f["news_p"])}</p></div></div></div>'
        f'<div class="bottom"><p>{e(f["foot"])}</p></div></body></html>')

def t_bare(a, f):
    return head(a) + f'<body><h1>{e(a[2])}</h1><p><i>{e(a[3])}, {a[4]}</i></p>{"".join(body_html(a[5]))}<hr><p><small>{e(f["foot"])}</small></p></body></html>'

TEMPLATES = [t_wordpress, t_cssmodules, t_tailwind, t_wire, t_table, t_medium, t_localized, t_cards, t_discussion, t_amp, t_sidebar, t_bare]

def main(out):
    os.makedirs(out, exist_ok=True)
    for i, a in enumerate(ARTICLES):
        t = TEMPLATES[i % len(TEMPLATES)]
        name = f"{i:02d}-{a[0]}-{t.__name__[2:]}"
        with open(os.path.join(out, name + ".html"), "w", encoding="utf-8") as fh: fh.write(t(a, F[a[1]]) + "\n")
        gold = "\n\n".join(kind(p)[1] for p in a[5])
        with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8") as fh: fh.write(gold + "\n")

if __name__ == "__main__":
    main(sys.argv[1])
