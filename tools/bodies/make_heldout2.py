#!/usr/bin/env python3
"""A second held-out set: the same article texts in six more layouts (a newsletter platform,
two large public broadcasters' and newspapers' component markup, an Asian portal with a ranking
box, and a live page whose posts are <article> elements), written after the reader was tuned on
the first two sets and scored once before any change. Usage: python3 make_heldout2.py OUTDIR
"""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from make_pages import ARTICLES, F, CAPTIONS, e, kind, body_html, others, first_sentence, pull_quote, insert, head, slug

def n_substack(a, f):
    b = body_html(a[5])
    b = insert(b, 3, f'<div class="subscription-widget-wrap"><div class="subscription-widget"><div class="preamble"><p>{e(f["news_p"])}</p></div><form><input type="email"><button>{e(f["sub"])}</button></form></div></div>')
    return (head(a) + f'<body><div id="entry"><div class="main-menu"><a href="/">Ledger Notes</a><a href="/archive">Archive</a><a href="/about">About</a><button>{e(f["sub"])}</button></div>'
        f'<div class="single-post-container"><article class="typography newsletter-post post"><div class="post-header"><h1 class="post-title">{e(a[2])}</h1><div class="post-meta"><a href="/p/x">{e(a[3])}</a><div class="pencraft">{a[4]}</div></div></div>'
        f'<div class="available-content"><div class="body markup" dir="auto">{"".join(b)}</div></div>'
        f'<div class="post-footer"><div class="like-button"><span>214</span></div><a href="/p/x/comments"><span>37</span></a><button>Share</button></div></article>'
        f'<div class="comments-page"><h4>Discussion about this post</h4>' + "".join(f'<div class="comment"><div class="comment-body"><p>{e(c)}</p></div></div>' for c in f["comment_texts"]) + '</div></div>'
        f'<div class="footer-wrap">{e(f["foot"])}</div></div></body></html>')

def n_bbc(a, f):
    blocks = []
    for p in a[5]:
        k, t = kind(p)
        if k == "h": blocks.append(f'<div data-component="subheadline-block"><h2>{e(t)}</h2></div>')
        elif k == "li": blocks.append(f'<div data-component="unordered-list-block"><ul><li>{e(t)}</li></ul></div>')
        else: blocks.append(f'<div data-component="text-block"><div class="ssrcss-7uxr49-RichTextContainer"><p class="ssrcss-1q0x1qg-Paragraph">{e(t)}</p></div></div>')
    blocks = insert(blocks, 1, f'<div data-component="image-block"><figure><img src="/x.jpg"><figcaption class="ssrcss-1xxyqvb-Caption">{e(CAPTIONS[a[1]])}</figcaption></figure></div>')
    return (head(a) + f'<body><header class="ssrcss-1ieddts-Header">{"".join(f"<a href=/{slug(x)}>{e(x)}</a>" for x in f["nav"])}</header>'
        f'<main id="main-content"><article class="ssrcss-pv1rh6-ArticleWrapper"><header><h1 id="main-heading">{e(a[2])}</h1></header>'
        f'<div data-component="byline-block"><div>{e(a[3])}</div><div>{e(f["nav"][2])} correspondent</div></div><time datetime="{a[4]}">{a[4]}</time>{"".join(blocks)}'
        f'<div data-component="tag-list"><h2>Related Topics</h2><ul>' + "".join(f'<li><a href="/t/{i}">{e(x)}</a></li>' for i, x in enumerate(f["nav"][1:4])) + '</ul></div></article>'
        f'<section data-component="links-block"><h2>More on this story</h2><ul>' + "".join(f'<li><a href="/{x[0]}">{e(x[2])}</a></li>' for x in others(a, 3)) + '</ul></section></main>'
        f'<footer><p>{e(f["foot"])}</p></footer></body></html>')

def n_guardian(a, f):
    b = body_html(a[5], ' class="dcr-s23rjr"')
    o = others(a, 1)[0]
    b = insert(b, 2, f'<aside data-component="rich-link" class="dcr-11ra563"><div><a href="/{o[0]}"><div>{e(f["more"])}</div><div>{e(o[2])}</div></a></div></aside>')
    b = insert(b, 4, f'<aside class="dcr-19m4xhf element-pullquote"><blockquote><p>{e(pull_quote(a))}</p></blockquote><cite>{e(a[3])}</cite></aside>')
    return (head(a) + f'<body><div id="bannerandheader"><nav aria-label="Guardian sections">{"".join(f"<a href=/{slug(x)}>{e(x)}</a>" for x in f["nav"])}</nav></div>'
        f'<main data-layout="StandardLayout"><article><div data-gu-name="headline"><h1>{e(a[2])}</h1></div><div data-gu-name="meta"><address><a rel="author" href="/profile/x">{e(a[3])}</a></address><details><summary>{a[4]}</summary></details></div>'
        f'<div data-gu-name="body"><div id="maincontent"><div class="article-body-commercial-selector article-body-viewer-selector dcr-1qvd2y7">{"".join(b)}</div></div>'
        f'<div data-gu-name="submeta"><span>Explore more on these topics</span><ul>' + "".join(f'<li><a href="/t/{i}">{e(x)}</a></li>' for i, x in enumerate(f["nav"][1:5])) + f'</ul><a href="/reuse">Reuse this content</a></div></div></article>'
        f'<section data-component="more-on-this-story"><h2>{e(f["related"])}</h2>' + "".join(f'<div><a href="/{x[0]}"><h3>{e(x[2])}</h3></a></div>' for x in others(a, 4)) + '</section>'
        f'<section data-component="most-popular"><h2>{e(f["most"])}</h2><ol>' + "".join(f'<li><a href="/{x[0]}">{e(x[2])}</a></li>' for x in others(a, 5)) + '</ol></section></main>'
        f'<footer><p>{e(f["foot"])}</p></footer></body></html>')

def n_nyt(a, f):
    paras = []
    for p in a[5]:
        k, t = kind(p)
        paras.append(f'<h2 class="css-1oqtbgk eoo0vm40">{e(t)}</h2>' if k == "h" else f'<p class="css-at9mc1 evys1bk0">{"• " if k == "li" else ""}{e(t)}</p>')
    cols = [paras[i:i + 3] for i in range(0, len(paras), 3)]
    ad = f'<div class="css-1xxtkru"><div class="ad"><p class="css-1ovh2gf">{e(f["ad"])}</p></div><a href="#after-ad" class="css-1wpsd4q">SKIP ADVERTISEMENT</a></div>'
    body = ad.join(f'<div class="css-53u6y8"><div class="StoryBodyCompanionColumn css-s99gbd">{"".join(c)}</div></div>' for c in cols)
    return (head(a) + f'<body><div id="app"><div class="css-1s1wlc3"><a href="/">The Ledger Times</a></div><nav>{"".join(f"<a href=/{slug(x)}>{e(x)}</a>" for x in f["nav"])}</nav>'
        f'<main id="site-content"><article id="story"><header><p class="css-1tyh3ss">Supported by</p><h1 data-testid="headline">{e(a[2])}</h1>'
        f'<div class="css-1x2ckgl"><p class="css-aknsld e1jsehar1">{e(f["by"])} <span>{e(a[3])}</span></p><time datetime="{a[4]}">{a[4]}</time></div></header>'
        f'<section name="articleBody" itemprop="articleBody">{body}</section>'
        f'<div class="bottom-of-article"><p class="css-wg1gad">A version of this article appears in print on {a[4]}, Section B, Page 3 of the New York edition.</p></div></article>'
        f'<div class="css-1gx3vp0"><h2>Related Content</h2><ul>' + "".join(f'<li><a href="/{x[0]}">{e(x[2])}</a></li>' for x in others(a, 3)) + '</ul></div></main>'
        f'<footer><p>{e(f["foot"])}</p></footer></div></body></html>')

def n_portal(a, f):
    b = body_html(a[5])
    return (head(a) + f'<body><div id="header"><div class="logo">Portal</div><ul class="gnav">' + "".join(f'<li><a href="/{slug(x)}">{e(x)}</a></li>' for x in f["nav"]) + '</ul></div>'
        f'<div id="contents"><div class="main"><div class="article_header"><h1>{e(a[2])}</h1><p class="date">{a[4]} 10:30</p></div><div class="article_body">{"".join(b)}</div>'
        f'<div class="sns_area"><p>{e(f["share"][0])}</p><p>{e(f["share"][1])}</p></div><div class="source">{e(f["by"])}: {e(a[3])}</div></div>'
        f'<div class="sub"><div class="ranking"><h2>{e(f["most"])}</h2><ol>' + "".join(f'<li><span class="rank">{i + 1}</span><a href="/{x[0]}">{e(x[2])}</a></li>' for i, x in enumerate(others(a, 5))) + '</ol></div></div></div>'
        f'<div id="footer"><p>{e(f["foot"])}</p></div></body></html>')

def n_live(a, f):
    posts = []
    cur = []
    for p in a[5]:
        k, t = kind(p)
        if k == "h" and cur:
            posts.append(cur); cur = []
        cur.append(f"<h2>{e(t)}</h2>" if k == "h" else (f"<ul><li>{e(t)}</li></ul>" if k == "li" else (f"<blockquote><p>{e(t)}</p></blockquote>" if k == "q" else f"<p>{e(t)}</p>")))
    posts.append(cur)
    return (head(a) + f'<body><nav>{"".join(f"<a href=/{slug(x)}>{e(x)}</a>" for x in f["nav"])}</nav><main><h1>{e(a[2])}</h1><p class="live-meta">{e(a[3])} · {a[4]}</p>'
        f'<div class="live-feed">' + "".join(f'<article class="live-post" id="p{i}"><div class="live-post__time">{10 + i}:00</div><div class="live-post__body">{"".join(p)}</div></article>' for i, p in enumerate(posts)) +
        f'</div></main><footer><p>{e(f["foot"])}</p></footer></body></html>')

NTEMPLATES = [n_substack, n_bbc, n_guardian, n_nyt, n_portal, n_live]

def main(out):
    os.makedirs(out, exist_ok=True)
    for i, a in enumerate(ARTICLES):
        t = NTEMPLATES[(i * 5 + 1) % len(NTEMPLATES)]
        name = f"{i:02d}-{a[0]}-{t.__name__[2:]}"
        with open(os.path.join(out, name + ".html"), "w", encoding="utf-8") as fh: fh.write(t(a, F[a[1]]) + "\n")
        with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8") as fh: fh.write("\n\n".join(kind(p)[1] for p in a[5]) + "\n")

if __name__ == "__main__":
    main(sys.argv[1])
