"""Every key the reader understands, as the help screen lists them. Tests check that each
binding of the app appears here, so the help cannot fall behind the code."""

from __future__ import annotations

SCRIPT_CYCLE_HELP = (
    "script: original → the selected article's other script → its own script → original "
    "(so the first t always changes what you read); the list, header and body all follow"
)

HELP: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Moving",
        [
            ("j  k  ↓  ↑", "next/previous row in the list; scroll in the reader"),
            ("space  b  PgDn  PgUp", "page down/up"),
            ("g  G  Home  End", "top/bottom"),
            ("enter", "open the article and focus the reader"),
            ("escape", "back to the list; in a prompt, cancel it; in the list, clear a month filter"),
            ("]  [", "next/previous article within the current filter"),
            ("l", "show/hide the list (at 80 columns the list and the reader take turns)"),
            ("tab", "move focus between the list and the reader"),
            ("mouse", "click a row to open it; the wheel scrolls"),
        ],
    ),
    (
        "Reading",
        [
            ("t", SCRIPT_CYCLE_HELP),
            (
                "T",
                "the Traditional standard t shows: 繁體 (OpenCC) → 繁體·臺灣 (Taiwan's forms and phrases: "
                "軟體, 網路) → 繁體·香港; the reader's header names the one shown",
            ),
            (
                "p",
                "punctuation: half-width , ? ! : ; ( ) between hanzi shown full-width (，？！：；（）); "
                "display only, never written back; off by default",
            ),
            ("h", "headings on/off; off reads headings as plain paragraphs, with no outline"),
            ("o", "outline: the article's headings; enter jumps there"),
            (
                "e",
                "explain: the page as read, removed lines dimmed and labelled by rule, repairs "
                "before → after; e again returns",
            ),
            (
                "/",
                "in the reader: find in the article, in either script (n/N next/previous match); "
                "in the list: filter by title and text; enter keeps, escape clears",
            ),
            ("n  N", "next/previous find match"),
        ],
    ),
    (
        "Filtering",
        [
            (
                "r",
                "region quick filter, live as you type: 四川, 廣安, sichuan, sc, 51…, 未知 for "
                "none found; enter keeps it, escape clears it",
            ),
            ("R", "region tree: province → city → county with counts; enter filters by a node"),
            (
                "Z",
                "reposts grouped (on by default): one row per story, ×N with the original's date and "
                "source (the earliest), enter opens the original; Z again lists every article",
            ),
            ("z", "show the articles of the story under the cursor (site, date, title), or hide them"),
            (
                "v",
                "overview of the list as filtered now: articles per province as bars, per month as a "
                "timeline; enter on a province sets the region filter, on a month filters by that month "
                "(shown in the status bar; escape in the list clears it); tab switches chart; escape or v "
                "closes",
            ),
        ],
    ),
    (
        "Other",
        [
            ("y", "copy the cleaned article as text to the clipboard"),
            ("s", "save the article as Markdown (default <id>.md here; never inside the articles folder)"),
            (
                "x",
                "export the list as it is filtered now, in the script shown: .jsonl, .csv or .parquet by "
                "the file name (default in your documents folder; never inside the articles folder)",
            ),
            (
                "w",
                "skipped files: those that could not be read, or only in part, and why (the status bar "
                "shows how many)",
            ),
            (
                "ctrl+p",
                "command palette: open an article by its title (type it in either script), jump to a "
                "region (any form r takes), switch script, headings or the overview",
            ),
            ("?", "this help"),
            ("q", "quit"),
        ],
    ),
]
