#!/usr/bin/env python3
"""Held-out pages for the body-text evaluation: the same article texts in ten other site
templates (Drupal, Ghost, Arc-style wire pages, div soup, a French paywalled page, a German
regional paper, nested teaser articles, a page with uppercase ad labels, Blogspot, a
documentation-style page), written after the reader was tuned on make_pages.py's set and scored
once before any change, so their first score says how the reader does on layouts it was not
tuned on. Usage: python3 make_heldout.py OUTDIR
"""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from make_pages import ARTICLES, F, CAPTIONS, e, kind, body_html, others, first_sentence, insert, head, slug

BIO = {"en": "{a} is a reporter based in London who covers energy, transport and the environment. Before joining the paper she worked for a news agency in Brussels.",
       "fr": "{a} est journaliste au service économie, où elle couvre l'énergie et les transports depuis 2019.",
       "de": "{a} ist Redakteurin im Ressort Wirtschaft und schreibt über Energie und Verkehr.",
       "es": "{a} es periodista de la sección de economía y escribe sobre energía y transporte.",
       "it": "{a} è giornalista della redazione economia e si occupa di energia e trasporti.",
       "pt": "{a} é jornalista da editoria de economia e escreve sobre energia e transportes.",
       "nl": "{a} is verslaggever economie en schrijft over energie en vervoer.",
       "zh": "{a}，本报经济部记者，长期关注能源与交通领域。", "ja": "{a}　経済部記者。エネルギーや交通を担当。"}
PAYWALL = {"en": "This article is for subscribers. Subscribe for 1 euro for the first month to keep reading and support independent journalism.",
           "fr": "Il vous reste 60 % de cet article à lire. La suite est réservée aux abonnés. Déjà abonné ? Se connecter.",
           "de": "Dieser Artikel ist exklusiv für Abonnenten. Jetzt einen Monat für 1 Euro testen und weiterlesen.",
           "es": "Este contenido es exclusivo para suscriptores. Suscríbete por 1 euro el primer mes para seguir leyendo.",
           "it": "Questo articolo è riservato agli abbonati. Abbonati a 1 euro per il primo mese per continuare a leggere.",
           "pt": "Este conteúdo é exclusivo para assinantes. Assine por 1 euro no primeiro mês para continuar a ler.",
           "nl": "Dit artikel is alleen voor abonnees. Neem nu een proefabonnement van 1 euro voor de eerste maand.",
           "zh": "本文为会员专享内容。首月仅需一元，即可继续阅读全文。", "ja": "この記事は有料会員限定です。初月1円で続きをお読みいただけます。"}

def h_drupal(a, f):
    o = others(a, 3)
    return (head(a) + f'<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable">Skip to main content</a>'
        f'<div class="dialog-off-canvas-main-canvas"><div class="layout-container"><div class="region region-primary-menu">{"".join(f"<a href=/{slug(x)}>{e(x)}</a> " for x in f["nav"])}</div>'
        f'<main role="main"><div class="region region-content"><article class="node node--type-article node--view-mode-full"><h1 class="page-title"><span class="field field--name-title">{e(a[2])}</span></h1>'
        f'<div class="node__meta"><span class="field field--name-uid">{e(a[3])}</span> <span class="field field--name-created">{a[4]}</span></div>'
        f'<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{"".join(body_html(a[5]))}</div>'
        f'<div class="field field--name-field-tags field--type-entity-reference"><div class="field__label">Tags</div><div class="field__items"><div class="field__item"><a href="/t/1">{e(f["nav"][2])}</a></div></div></div>'
        f'<div class="author-box"><p>{e(BIO[a[1]].format(a=a[3]))}</p></div></div></article>'
        f'<div class="views-element-container"><h2>{e(f["related"])}</h2>' + "".join(f'<div class="views-row"><h3><a href="/node/{i}">{e(x[2])}</a></h3><p>{e(first_sentence(x))}</p></div>' for i, x in enumerate(o)) + '</div></div></main>'
        f'<footer role="contentinfo"><div class="region region-footer">{e(f["foot"])}</div></footer></div></div></body></html>')

def h_ghost(a, f):
    b = body_html(a[5])
    b = insert(b, 2, f'<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">{e(f["news_p"])}</div></div>')
    return (head(a) + f'<body class="post-template"><div class="gh-site"><header id="gh-head" class="gh-head"><div class="gh-head-inner"><a class="gh-head-logo" href="/">Ledger</a><nav class="gh-head-menu"><ul class="nav">' + "".join(f'<li><a href="/{slug(x)}/">{e(x)}</a></li>' for x in f["nav"]) + '</ul></nav></div></header>'
        f'<main id="gh-main" class="gh-main"><article class="gh-article post"><header class="gh-article-header gh-canvas"><h1 class="gh-article-title">{e(a[2])}</h1><div class="gh-article-meta"><a href="/author/x/">{e(a[3])}</a> <time datetime="{a[4]}">{a[4]}</time></div></header>'
        f'<section class="gh-content gh-canvas">{"".join(b)}</section></article>'
        f'<section class="gh-cta"><h2>{e(f["news_t"])}</h2><a href="#/portal/signup">{e(f["sub"])}</a></section>'
        f'<aside class="gh-read-next gh-canvas"><h3>{e(f["related"])}</h3>' + "".join(f'<article class="gh-card"><a href="/{x[0]}/"><h3 class="gh-card-title">{e(x[2])}</h3><p class="gh-card-excerpt">{e(first_sentence(x))}</p></a></article>' for x in others(a, 3)) + '</aside></main>'
        f'<footer class="gh-foot"><div class="gh-copyright">{e(f["foot"])}</div></footer></div></body></html>')

def h_arc(a, f):
    b = body_html(a[5], ' class="b-article-body__paragraph" data-type="text"')
    o = others(a, 1)[0]
    b = insert(b, 2, f'<p class="b-article-body__paragraph"><b>RELATED:</b> <a href="/{o[0]}">{e(o[2].upper())}</a></p>')
    b = insert(b, 4, f'<div class="c-interstitial"><span class="c-interstitial__label">Story continues below</span></div>')
    return (head(a) + f'<body><div id="fusion-app"><div class="c-stack"><div class="b-header-nav-chain">{"".join(f"<a href=/{slug(x)}>{e(x)}</a>" for x in f["nav"])}</div>'
        f'<div class="b-single-column-regular"><div class="c-stack"><h1 class="b-headline">{e(a[2])}</h1><div class="b-byline"><span class="c-attribution">{e(f["by"])} {e(a[3])}</span></div>'
        f'<div class="b-date"><time datetime="{a[4]}T12:00:00Z">{a[4]}</time></div><article class="b-article-body">{"".join(b)}</article>'
        f'<div class="b-article-body__copyright">Copyright 2025 Ledger Wire. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</div></div></div>'
        f'<div class="b-footer"><p>{e(f["foot"])}</p></div></div></div></body></html>')

def h_divsoup(a, f):
    parts = []
    for p in a[5]:
        k, t = kind(p)
        if k == "h": parts.append(f'<div class="t2"><span><b>{e(t)}</b></span></div>')
        elif k == "li": parts.append(f'<div class="t1"><span>• {e(t)}</span></div>')
        else: parts.append(f'<div class="t1"><span>{e(t)}</span></div>')
    return (head(a) + f'<body><div class="w"><div class="top">{"".join(f"<span><a href=/{slug(x)}>{e(x)}</a></span>" for x in f["nav"])}</div>'
        f'<div class="c"><div class="h">{e(a[2])}</div><div class="s"><span>{e(a[3])}</span> <span>{a[4]}</span></div><div class="b">{"".join(parts)}</div></div>'
        f'<div class="r"><div class="h2">{e(f["most"])}</div>' + "".join(f'<div class="i"><a href="/{x[0]}">{e(x[2])}</a></div>' for x in others(a, 5)) + '</div>'
        f'<div class="f">{e(f["foot"])}</div></div></body></html>')

def h_paywall(a, f):
    b = body_html(a[5])
    return (head(a) + f'<body><header class="header">{"".join(f"<a href=/{slug(x)}>{e(x)}</a>" for x in f["nav"])}</header><main><article class="article article--subscriber">'
        f'<h1 class="article__title">{e(a[2])}</h1><p class="article__desc meta">{e(a[3])} · {a[4]}</p><section class="article__content">{"".join(b)}</section>'
        f'<section class="article__paywall"><p>{e(PAYWALL[a[1]])}</p><a class="btn" href="/abonnement">{e(f["sub"])}</a></section></article>'
        f'<section class="article__siblings"><h3>{e(f["related"])}</h3>' + "".join(f'<div class="teaser"><a href="/{x[0]}"><p class="teaser__title">{e(x[2])}</p></a></div>' for x in others(a, 3)) + '</section></main>'
        f'<footer class="footer"><p>{e(f["about"])}</p><p>{e(f["foot"])}</p></footer></body></html>')

def h_regional(a, f):
    b = body_html(a[5])
    b = insert(b, 2, f'<div class="park-ad"><p class="park-ad__label">{e(f["ad"])}</p></div>')
    b = insert(b, 4, f'<figure class="image"><img src="/x.jpg"><p class="image__caption">{e(CAPTIONS[a[1]])}</p><p class="image__credit">{e(f["photo"])}: dpa</p></figure>')
    return (head(a) + f'<body><div class="page"><div class="page__head"><a href="/">Der Tagesbote</a>{"".join(f"<a href=/{slug(x)}>{e(x)}</a>" for x in f["nav"])}</div>'
        f'<div class="page__content"><div class="story"><div class="story__kicker">{e(f["nav"][2])}</div><h1 class="story__headline">{e(a[2])}</h1>'
        f'<div class="story__author">{e(a[3])}</div><div class="story__date">{a[4]}</div><div class="story__text">{"".join(b)}</div>'
        f'<div class="story__back"><a href="/">{e(f["nav"][0])}</a></div></div></div><div class="page__foot">{e(f["foot"])}</div></div></body></html>')

def h_nested(a, f):
    return (head(a) + f'<body><header><a href="/">Ledger</a></header><main><article class="story-main"><h1>{e(a[2])}</h1><p class="byline">{e(f["by"])} {e(a[3])}</p><time>{a[4]}</time>'
        f'{"".join(body_html(a[5]))}</article>' + "".join(f'<article class="story-teaser"><h3><a href="/{x[0]}">{e(x[2])}</a></h3><p>{e(first_sentence(x))}</p></article>' for x in others(a, 3)) +
        f'</main><footer>{e(f["foot"])}</footer></body></html>')

def h_upperads(a, f):
    b = body_html(a[5])
    b = insert(b, 1, f'<div><p>{e(f["ad"].upper())}</p></div>')
    b = insert(b, 3, '<div><p>SCROLL TO CONTINUE WITH CONTENT</p></div>')
    return (head(a) + f'<body><div id="wrapper"><div id="menu">{"".join(f"<a href=/{slug(x)}>{e(x)}</a> | " for x in f["nav"])}</div><div id="main"><h1>{e(a[2])}</h1>'
        f'<div class="credits">{e(a[3])} / {a[4]}</div>{"".join(b)}<div class="share-tools">{"".join(f"<a href=#>{e(s)}</a>" for s in f["share"])}</div></div>'
        f'<div id="foot"><p>{e(f["foot"])}</p></div></div></body></html>')

def h_blogspot(a, f):
    parts = []
    for p in a[5]:
        k, t = kind(p)
        parts.append(f"<b>{e(t)}</b>" if k == "h" else ("- " if k == "li" else "") + e(t))
    return (head(a) + f'<body><div class="content-outer"><div class="header-outer"><h1 class="title"><a href="/">My Ledger Blog</a></h1></div>'
        f'<div class="main-outer"><div class="date-outer"><h2 class="date-header"><span>{a[4]}</span></h2><div class="post-outer"><div class="post hentry">'
        f'<h3 class="post-title entry-title">{e(a[2])}</h3><div class="post-body entry-content">' + "<br /><br />".join(parts) + '<div style="clear: both;"></div></div>'
        f'<div class="post-footer"><span class="post-author vcard">Posted by <span class="fn">{e(a[3])}</span></span> at <a class="timestamp-link">10:14 AM</a> '
        f'<span class="post-comment-link"><a class="comment-link">No comments:</a></span> <span class="post-labels">Labels: <a href="/l/1">{e(f["nav"][2])}</a></span></div></div></div></div></div>'
        f'<div class="sidebar-outer"><div class="widget BlogArchive"><h2>Blog Archive</h2><ul>' + "".join(f'<li><a href="/{x[0]}">{e(x[2])}</a></li>' for x in others(a, 6)) + '</ul></div>'
        f'<div class="widget Profile"><h2>About Me</h2><p>{e(BIO[a[1]].format(a=a[3]))}</p></div></div></div></body></html>')

def h_docs(a, f):
    return (head(a) + f'<body><div class="sphinx"><div class="sphinxsidebar"><h3>Contents</h3><ul>' + "".join(f'<li><a href="#{slug(kind(p)[1])}">{e(kind(p)[1])}</a></li>' for p in a[5] if kind(p)[0] == "h") + '</ul>'
        f'<h3>Quick search</h3><form><input type="text" name="q"><input type="submit" value="Go"></form></div><div class="document"><div class="body" role="main"><section><h1>{e(a[2])}</h1>'
        f'{"".join(body_html(a[5]))}</section></div></div><div class="footer">{e(f["foot"])} Created using a documentation generator.</div></div></body></html>')

HTEMPLATES = [h_drupal, h_ghost, h_arc, h_divsoup, h_paywall, h_regional, h_nested, h_upperads, h_blogspot, h_docs]

def main(out):
    os.makedirs(out, exist_ok=True)
    for i, a in enumerate(ARTICLES):
        t = HTEMPLATES[(i * 7 + 3) % len(HTEMPLATES)]
        name = f"{i:02d}-{a[0]}-{t.__name__[2:]}"
        with open(os.path.join(out, name + ".html"), "w", encoding="utf-8") as fh: fh.write(t(a, F[a[1]]) + "\n")
        with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8") as fh: fh.write("\n\n".join(kind(p)[1] for p in a[5]) + "\n")

if __name__ == "__main__":
    main(sys.argv[1])
