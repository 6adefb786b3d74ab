"""Regions: the gazetteer, the detector that finds where an article is about, and the filter matcher.

Pure: no UI import, and no OpenCC or pypinyin at run time (the data file carries Traditional forms and
pinyin). The CLI and the TUI use only the names exported here.
"""

from reader.regions.detect import detect_region
from reader.regions.gazetteer import Gazetteer, Unit, load_gazetteer
from reader.regions.match import (
    UNKNOWN,
    RegionQuery,
    TreeNode,
    compile_query,
    display_name,
    region_path,
    region_tree,
)

__all__ = [
    "UNKNOWN",
    "Gazetteer",
    "RegionQuery",
    "TreeNode",
    "Unit",
    "compile_query",
    "detect_region",
    "display_name",
    "load_gazetteer",
    "region_path",
    "region_tree",
]
