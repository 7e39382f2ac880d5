#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""`kgforge export --to html` in headless Chromium (Debian's, driven by playwright-core
through tests/interop/html_view.mjs; it downloads nothing).

- The vendored third_party/cytoscape/cytoscape.min.js is byte for byte the pinned npm
  package's file; its README, the lock file and the page agree on version and integrity.
- The page as written: a Content-Security-Policy of default-src 'none' whose hashes are
  those of its inline script and style elements (computed here with hashlib), no element
  that loads anything, the data as one JSON block with no raw `<`, `>` or `&`.
- The CEOP page in Chromium: no console message, page error, CSP violation or request
  other than the page itself; node and edge counts equal the KB's (NetworkX reading
  kgforge's GraphML for entities and relations; Graphviz's `gc` counting the DOT's edges,
  which merge parallel relations); every node is where kgforge's SVG draws it; the canvas
  is not blank; searching, unticking a class and the date (compared with
  `kgforge export --as-of D` read by NetworkX) change what is shown; a real click on the
  best-connected node shows its name, IRI and every relation it has. A screenshot is saved
  as BUILD/html_view/ceop.png.
- A KB of hostile names (<script>, onerror=, </script>, U+2028, template markers, and
  every string of tests/data/hostile_strings.json that validate accepts): nothing runs,
  and every name is shown exactly."""
import base64
import hashlib
import html.parser
import json
import os
import re
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "lib"))
from kgforge_require import require  # noqa: E402
from kgforge_run import check, echo_failures, finish  # noqa: E402

require("cmd:/usr/bin/chromium", "cmd:node", "node:playwright-core", "node:cytoscape", "py:networkx", "py:yaml",
        "cmd:gc")
import networkx as nx  # noqa: E402

sys.path.insert(0, os.path.join(HERE, "lib"))
from diagram_source import env, run, wrap  # noqa: E402
import hostile_corpus  # noqa: E402

def kgforge_ok(kgforge, *args):
    r = run([kgforge, *args])
    check(r.returncode == 0, "kgforge %s: exit %d: %s" % (" ".join(args), r.returncode, r.stderr.decode()[:400]))
    return r


def check_vendored(source):
    lib = os.path.join(source, "third_party", "cytoscape")
    pkg = os.path.join(HERE, "node_modules", "cytoscape")
    for ours, theirs in (("cytoscape.min.js", "dist/cytoscape.min.js"), ("LICENSE", "LICENSE")):
        a = open(os.path.join(lib, ours), "rb").read()
        b = open(os.path.join(pkg, theirs), "rb").read()
        check(hashlib.sha256(a).hexdigest() == hashlib.sha256(b).hexdigest(),
              "third_party/cytoscape/%s is not the npm package's %s" % (ours, theirs))
    lock = json.load(open(os.path.join(HERE, "package-lock.json")))["packages"]["node_modules/cytoscape"]
    readme = open(os.path.join(lib, "README.md"), encoding="utf-8").read()
    version = re.search(r"^- version: (\S+)$", readme, re.M)
    check(version is not None and version.group(1) == lock["version"],
          "third_party/cytoscape/README.md names version %s, the lock file %s"
          % (version and version.group(1), lock["version"]))
    check("`%s`" % lock["integrity"] in readme, "third_party/cytoscape/README.md does not name the lock's integrity")
    digest = hashlib.sha256(open(os.path.join(lib, "cytoscape.min.js"), "rb").read()).hexdigest()
    check(digest in readme, "third_party/cytoscape/README.md does not name the file's SHA-256 %s" % digest)
    pkg_version = json.load(open(os.path.join(pkg, "package.json")))["version"]
    check(pkg_version == lock["version"], "node_modules has cytoscape %s, the lock %s" % (pkg_version, lock["version"]))
    return lock["version"]


class Page(html.parser.HTMLParser):
    """The page's elements: inline scripts and styles with their text, any URL attribute."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.stack, self.scripts, self.styles, self.urls, self.csp, self.generator = [], [], [], [], None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for name in ("src", "href", "action", "data", "poster", "srcset"):
            if name in a:
                self.urls.append((tag, name, a[name]))
        if tag == "meta" and (a.get("http-equiv") or "").lower() == "content-security-policy":
            self.csp = a.get("content")
        if tag == "meta" and a.get("name") == "generator":
            self.generator = a.get("content")
        if tag in ("script", "style"):
            self.stack.append([tag, a, ""])

    def handle_data(self, data):
        if self.stack:
            self.stack[-1][2] += data

    def handle_endtag(self, tag):
        if self.stack and self.stack[-1][0] == tag:
            t, a, text = self.stack.pop()
            (self.scripts if t == "script" else self.styles).append((a, text))


def check_static(path, version):
    text = open(path, encoding="utf-8").read()
    p = Page()
    p.feed(text)
    name = os.path.basename(path)
    check(p.urls == [], "%s: elements that load or link something: %r" % (name, p.urls[:5]))
    check(p.csp is not None, "%s: no Content-Security-Policy meta tag" % name)
    directives = {d.split()[0]: d.split()[1:] for d in (p.csp or "").split(";") if d.strip()}
    check(directives.get("default-src") == ["'none'"], "%s: default-src is %r" % (name, directives.get("default-src")))
    code = [t for a, t in p.scripts if a.get("type") != "application/json"]
    data = [t for a, t in p.scripts if a.get("type") == "application/json"]

    def hashes(texts):
        return sorted("'sha256-%s'" % base64.b64encode(hashlib.sha256(t.encode("utf-8")).digest()).decode()
                      for t in texts)

    check(len(code) == 2 and sorted(directives.get("script-src", [])) == hashes(code),
          "%s: script-src %r does not list exactly the hashes of its %d scripts" % (name, directives.get("script-src"),
                                                                                 len(code)))
    check(sorted(directives.get("style-src", [])) == hashes([t for _, t in p.styles]),
          "%s: style-src does not list exactly the hash of its style" % name)
    check(len(data) == 1 and not re.search(r"[<>&\u2028\u2029]", data[0]),
          "%s: the JSON block holds a raw < > & U+2028 or U+2029 (or is not one block)" % name)
    check(version is None or p.generator is not None and ("cytoscape.js %s " % version) in p.generator,
          "%s: the page does not say it embeds cytoscape.js %s: %r" % (name, version, p.generator))
    return json.loads(data[0]) if len(data) == 1 else None


def browse(build, pages):
    """Runs html_view.mjs over `pages`; returns its report per page."""
    tmp = tempfile.mkdtemp(prefix="html-view-", dir=build)
    job = os.path.join(tmp, "job.json")
    json.dump({"user_data_dir": os.path.join(tmp, "profile"), "pages": pages}, open(job, "w"))
    r = run(["node", os.path.join(HERE, "html_view.mjs"), job], timeout=120)
    if not check(r.returncode == 0, "html_view.mjs: exit %d: %s" % (r.returncode, r.stderr.decode()[-2000:])):
        return None
    return json.loads(r.stdout)["pages"]


def check_quiet(report, name):
    check(report["loaded"], "%s: the page's script did not run (window.kgforgeView is missing)" % name)
    check(report["console"] == [], "%s: console messages: %r" % (name, report["console"][:5]))
    check(report["errors"] == [], "%s: page errors: %r" % (name, report["errors"][:5]))
    check(report.get("csp") == [], "%s: Content-Security-Policy violations: %r" % (name, report.get("csp")))
    check(report["dialogs"] == [], "%s: dialogs opened: %r" % (name, report["dialogs"]))
    check(len(report["requests"]) == 1 and report["requests"][0].startswith("file://"),
          "%s: requests other than the page: %r" % (name, report["requests"][:5]))
    check(report.get("pwned") is None, "%s: injected code ran: window.__pwned = %r" % (name, report.get("pwned")))


def graphml_counts(kgforge, tmp, name, *options):
    out = os.path.join(tmp, name + ".graphml")
    kgforge_ok(kgforge, "export", "--to", "graphml", "-o", out, *options)
    return nx.read_graphml(out)


def svg_centres(path):
    """Each node's centre in the SVG, by its <title> (the DOT id): x is where its label's
    lines are centred (text-anchor middle), y the middle of their baselines (the centre
    plus a constant, since every node label has one font size)."""
    ns = {"s": "http://www.w3.org/2000/svg"}
    out = {}
    for g in ET.parse(path).getroot().iter("{http://www.w3.org/2000/svg}g"):
        if g.get("class") != "node":
            continue
        texts = g.findall(".//s:text", ns)
        if texts:
            ys = [float(t.get("y")) for t in texts]
            out[g.find("s:title", ns).text] = (float(texts[0].get("x")), (min(ys) + max(ys)) / 2)
    return out


def check_ceop(kgforge, build, tmp, version):
    out_dir = os.path.join(build, "html_view")
    os.makedirs(out_dir, exist_ok=True)
    page = os.path.join(out_dir, "ceop.html")
    kgforge_ok(kgforge, "export", "--to", "html", "-o", page)
    data = check_static(page, version)
    kgforge_ok(kgforge, "build", "-o", os.path.join(tmp, "out"), "--formats", "html", "-q")
    check(open(os.path.join(tmp, "out", "ceop.html"), "rb").read() == open(page, "rb").read(),
          "kgforge build --formats html wrote another page than export --to html")
    committed = os.path.join(os.environ["KGFORGE_SOURCE_DIR"], "examples", "ceop", "ceop.html")
    check(open(committed, "rb").read() == open(page, "rb").read(),
          "examples/ceop/ceop.html is not what kgforge writes now: run "
          "`build/kgforge export examples/ceop/ceop.yaml --to html -o examples/ceop/ceop.html`")
    g = graphml_counts(kgforge, tmp, "ceop")
    dot = os.path.join(tmp, "ceop.dot")
    kgforge_ok(kgforge, "export", "--to", "dot", "-o", dot)
    gc = run(["gc", "-n", "-e", dot]).stdout.decode().split()
    dot_nodes, dot_edges = int(gc[0]), int(gc[1])
    svg = os.path.join(tmp, "ceop.svg")
    kgforge_ok(kgforge, "render", "-o", svg)
    degree = {}
    for i, e in enumerate(data["edges"]):
        for end in (e["s"], e["t"]):
            degree[end] = degree.get(end, 0) + len(e["rel"])
    hub = max(sorted(degree), key=lambda i: degree[i])
    dates = ["2006", "2010-06", "2013-10-07", "2015"]
    screenshot = os.path.join(out_dir, "ceop.png")
    if os.path.exists(screenshot):
        os.remove(screenshot)
    spec = {"path": page, "screenshot": screenshot, "search": "ceop", "uncheck": 0, "dates": dates, "click": hub,
            "focus_screenshot": os.path.join(out_dir, "ceop-focus.png")}
    return spec, lambda r: verify_ceop(r, kgforge, tmp, data, g, dot_nodes, dot_edges, svg, hub, dates, screenshot)


def verify_ceop(r, kgforge, tmp, data, g, dot_nodes, dot_edges, svg, hub, dates, screenshot):
    check_quiet(r, "ceop.html")
    if not r["loaded"]:
        return
    c = r["counts"]
    check(c["nodes"] == g.number_of_nodes() == dot_nodes,
          "ceop.html draws %d nodes; the GraphML has %d, the DOT %d" % (c["nodes"], g.number_of_nodes(), dot_nodes))
    check(c["relations"] == g.number_of_edges(),
          "ceop.html holds %d relations; the GraphML has %d" % (c["relations"], g.number_of_edges()))
    check(c["edges"] == dot_edges, "ceop.html draws %d edges; the DOT has %d" % (c["edges"], dot_edges))
    check(c["shown"]["nodes"] == c["nodes"] and c["shown"]["relations"] == c["relations"],
          "ceop.html does not open on everything: %r" % c["shown"])
    # The same picture as the SVG: each node where Graphviz put it (the SVG's y is
    # measured up from the bottom of the drawing, the page's down from its top).
    centres = svg_centres(svg)
    check(len(centres) == c["nodes"], "ceop.svg: %d node shapes found, %d nodes" % (len(centres), c["nodes"]))
    offsets = sorted((n["x"] - centres[n["id"]][0], n["y"] - centres[n["id"]][1]) for n in r["names"]
                     if n["id"] in centres)
    ox, oy = offsets[len(offsets) // 2]
    far = [n["id"] for n in r["names"] if n["id"] in centres and
           (abs(n["x"] - centres[n["id"]][0] - ox) > 1.5 or abs(n["y"] - centres[n["id"]][1] - oy) > 1.5)]
    check(far == [], "ceop.html: %d nodes are not where ceop.svg draws them: %r" % (len(far), far[:5]))
    canvas = r["canvas"]
    check(canvas["colours"] >= 50 and canvas["inked"] >= 0.02 * canvas["total"],
          "ceop.html: the canvas looks blank: %r" % canvas)
    check(os.path.getsize(screenshot) > 20000, "no screenshot (or a tiny one) at %s" % screenshot)
    # Search: what matches "ceop" in a name, alias or id, as the GraphML says.
    want = 0
    for _, a in g.nodes(data=True):
        words = [a.get("label", ""), a.get("iri", "").rsplit("/", 1)[-1]] + json.loads(a.get("aliases", "[]"))
        want += any("ceop" in w.lower() for w in words)
    s = r["search"]
    check(s["hits"] == want and s["dimmed"] == c["nodes"] - want and want > 0,
          "search 'ceop': %d hits and %d dimmed; the GraphML has %d matching names" % (s["hits"], s["dimmed"], want))
    # A class unticked: its entities (those of no other class) and their relations go.
    first = 0
    keep = [not (n["classes"] and all(k == first for k in n["classes"])) for n in data["nodes"]]
    want_rel = sum(len(e["rel"]) for e in data["edges"] if keep[e["s"]] and keep[e["t"]])
    u = r["uncheck"]
    check(u["shown"]["nodes"] == sum(keep) == u["visible"] and u["shown"]["relations"] == want_rel,
          "unticking %r: %r shown, want %d entities and %d relations" % (data["classes"][0]["label"], u, sum(keep),
                                                                        want_rel))
    check(r["recheck"]["nodes"] == c["nodes"], "ticking it again: %r" % r["recheck"])
    # The date: what `kgforge export --as-of D` keeps.
    for d in dates:
        gd = graphml_counts(kgforge, tmp, "as-of-" + d, "--as-of", d)
        got = r["dates"][d]["shown"]
        check(got["nodes"] == gd.number_of_nodes() and got["relations"] == gd.number_of_edges(),
              "as of %s the page shows %d entities and %d relations; kgforge --as-of keeps %d and %d"
              % (d, got["nodes"], got["relations"], gd.number_of_nodes(), gd.number_of_edges()))
    check(len({(r["dates"][d]["shown"]["relations"]) for d in dates}) > 1, "the date changes nothing: %r" % r["dates"])
    # A click on the hub: its name, IRI and every relation it has.
    node = data["nodes"][hub]
    iri_node = [k for k, a in g.nodes(data=True) if a.get("iri") == node["iri"]]
    want_degree = g.in_degree(iri_node[0]) + g.out_degree(iri_node[0]) if iri_node else -1
    k = r["click"]
    check(not k["hidden"] and k["name"] == node["name"] and k["iri"] == node["iri"],
          "clicking %r showed %r" % (node["name"], {x: k[x] for x in ("hidden", "name", "iri")}))
    check(len(k["relations"]) == want_degree and all(node["name"] in t.split("\n")[0] for t in k["relations"]),
          "clicking %r listed %d relations; the GraphML has %d" % (node["name"], len(k["relations"]), want_degree))
    check(node["iri"] in k["facts"], "clicking %r: its facts do not name its IRI" % node["name"])
    print("ceop.html: %d entities, %d relations as %d edges, the same places as ceop.svg; search, class and "
          "date filters agree with kgforge; screenshot %s" % (c["nodes"], c["relations"], c["edges"], screenshot))


XSS = ['<script>window.__pwned="script"</script>', '</script><script>window.__pwned="close"</script>',
       '<img src=x onerror="window.__pwned=\'img\'">', '<svg onload="window.__pwned=\'svg\'"></svg>',
       '"><iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>', '<!-- <script>', '<![CDATA[ ]]>',
       'line\u2028separator\u2029paragraph', '{{DATA}} {{SCRIPT}}', '&lt;b&gt; &amp; &#x3c;', '${window.__pwned=1}',
       "javascript:window.__pwned='href'", "';window.__pwned=1;'", '\\u003c/script\\u003e']


def check_hostile(kgforge, build, tmp, source):
    strings = json.load(open(os.path.join(source, "tests", "data", "hostile_strings.json"), encoding="utf-8"))
    names = XSS + strings
    # One KB of every string in every field; strings validate refuses are dropped (they
    # are hostile_corpus.py's business), found from the lines validate names.
    keep = list(range(len(names)))
    for _ in range(5):
        kb = hostile_corpus.kb([hostile_corpus.fields_entity(i, names[i]) for i in keep])
        path = hostile_corpus.write(os.path.join(tmp, "hostile.yaml"), kb)
        r = run([kgforge, "validate", path])
        if r.returncode == 0:
            break
        bad = {int(m) for m in re.findall(r"hostile\.yaml:(\d+):", r.stderr.decode(errors="replace"))}
        starts = [i + 1 for i, line in enumerate(kb.split("\n")) if line.startswith("  - id: e")]
        drop = {keep[max(k for k, s in enumerate(starts) if s <= line)] for line in bad if line >= starts[0]}
        if not check(drop, "hostile.yaml: validate fails on no entity's line: %s" % r.stderr.decode()[:300]):
            return
        keep = [i for i in keep if i not in drop]
    check(all(i in keep for i in range(len(XSS))), "validate refused some of the HTML attack names: %r"
          % [XSS[i] for i in range(len(XSS)) if i not in keep])
    page = os.path.join(tmp, "hostile.html")
    kgforge_ok(kgforge, "export", path, "--to", "html", "-o", page)
    text = open(page, encoding="utf-8").read()
    check("__pwned" not in re.sub(r'<script type="application/json" id="kgforge-data">.*?</script>', "", text,
                                  flags=re.S),
          "hostile.html: an attack string appears outside the JSON block")
    check_static(page, None)
    return {"path": page}, lambda r: verify_hostile(r, keep, names)


def verify_hostile(r, keep, names):
    check_quiet(r, "hostile.html")
    if not r["loaded"]:
        return
    shown = {n["id"]: n for n in r["names"]}
    for i in keep:
        n = shown.get("e%d" % i)
        if not check(n is not None, "hostile.html: no node e%d" % i):
            continue
        want = names[i]
        check(n["name"] == want and n["shown"] == want,
              "hostile.html: string %d %r is shown as %r (data %r)" % (i, want[:50], n["shown"][:50], n["name"][:50]))
        check(n["label"] == wrap(want) + "\norganisation",
              "hostile.html: string %d %r is drawn as %r" % (i, want[:50], n["label"][:80]))
        check(("\n" + want) in n["facts"], "hostile.html: string %d %r: its facts do not show it" % (i, want[:50]))
    print("hostile.html: %d names (%d HTML attacks, %d of the corpus) shown exactly; nothing ran"
          % (len(keep), len(XSS), len(keep) - len(XSS)))


def check_annotate(kgforge, build, tmp):
    """--annotate: each node at least as large as kgf:displayWeight (NetworkX reads it from
    the GraphML) makes it in the DOT (docs/diagrams.md), and the heaviest larger than unannotated."""
    page = os.path.join(tmp, "annotated.html")
    kgforge_ok(kgforge, "export", "--to", "html", "--annotate", "pagerank", "-o", page)
    data = check_static(page, None)
    plain = check_static(os.path.join(build, "html_view", "ceop.html"), None)
    g = graphml_counts(kgforge, tmp, "annotated", "--annotate", "pagerank")
    weight = {a["iri"]: a["displayWeight"] for _, a in g.nodes(data=True) if "displayWeight" in a}
    check(len(weight) == len(data["nodes"]), "annotated: %d weights for %d nodes" % (len(weight), len(data["nodes"])))
    small = [n["id"] for n in data["nodes"] if n["iri"] in weight and
             (n["w"] < (0.75 + 1.25 * weight[n["iri"]]) * 72 - 0.5 or n["h"] < (0.5 + 0.75 * weight[n["iri"]]) * 72 - 0.5)]
    check(small == [], "annotated.html: nodes smaller than their display weight asks: %r" % small[:5])
    top = max(data["nodes"], key=lambda n: weight.get(n["iri"], 0))
    before = [n for n in plain["nodes"] if n["id"] == top["id"]]
    check(before and top["w"] * top["h"] > before[0]["w"] * before[0]["h"],
          "annotated.html: the heaviest node %r is no larger than without --annotate" % top["id"])


def main():
    echo_failures()  # each failure as it is found
    kgforge, source, build = env()
    tmp = tempfile.mkdtemp(prefix="html-view-", dir=build)
    version = check_vendored(source)
    # Both pages in one Chromium run.
    pages = [check_ceop(kgforge, build, tmp, version), check_hostile(kgforge, build, tmp, source)]
    check_annotate(kgforge, build, tmp)
    pages = [p for p in pages if p is not None]
    report = browse(build, [spec for spec, _ in pages])
    for (_, verify), r in zip(pages, report or []):
        verify(r)
    sys.exit(finish("html_view: ok"))


if __name__ == "__main__":
    main()
