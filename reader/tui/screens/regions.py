"""`R`: province → city → county with article counts; choosing a node filters the list by it."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import ModalScreen
from textual.widgets import Tree
from textual.widgets.tree import TreeNode as TreeItem

from reader.regions import UNKNOWN, TreeNode, compile_query
from reader.safe import visible

ALL = ""  # the query that matches every article


class RegionTreeScreen(ModalScreen[str | None]):
    """Dismissed with the region query of the chosen node (`ALL` for the root), or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,R", "dismiss", "Close", show=False),
        Binding("j", "cursor(1)", show=False),
        Binding("k", "cursor(-1)", show=False),
    ]
    DEFAULT_CSS = """
    RegionTreeScreen { align: center middle; }
    #region-tree {
        width: 80%; max-width: 80; height: auto; max-height: 80%; border: round $accent; background: $surface;
    }
    """

    def __init__(self, nodes: list[TreeNode], total: int) -> None:
        super().__init__()
        self.nodes = nodes
        self.total = total

    def compose(self) -> ComposeResult:
        tree: Tree[str] = Tree(
            Text.assemble("All regions  ", (str(self.total), "dim")), data=ALL, id="region-tree"
        )
        tree.border_title = "Regions"
        tree.border_subtitle = "enter filters · escape closes"
        self._add(tree.root, self.nodes, ())
        tree.root.expand()
        yield tree

    def _add(self, parent: TreeItem[str], nodes: list[TreeNode], above: tuple[str, ...]) -> None:
        for node in nodes:
            label = Text.assemble(visible(node.name), "  ", (str(node.count), "dim"))
            query = node_query(node, above)
            if node.children:
                branch = parent.add(label, data=query, expand=True)
                self._add(branch, node.children, (*above, node.name))
            else:
                parent.add_leaf(label, data=query)

    def on_tree_node_selected(self, event: Tree.NodeSelected[str]) -> None:
        event.stop()
        self.dismiss(event.node.data)

    def action_cursor(self, step: int) -> None:
        tree = self.query_one(Tree)
        tree.action_cursor_down() if step > 0 else tree.action_cursor_up()


def node_query(node: TreeNode, above: tuple[str, ...]) -> str:
    """The region filter that selects exactly `node`: its names from the province down
    (`四川省 › 广安市`, readable in the footer and editable with `r`), or its adcode should the
    names read otherwise; `未知` for the node of articles without a region."""
    if node.adcode is None:
        return UNKNOWN
    chain = " › ".join((*above, node.name))
    return chain if compile_query(chain).prefixes == compile_query(node.adcode).prefixes else node.adcode
