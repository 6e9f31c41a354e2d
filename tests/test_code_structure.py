"""The code keeps its shape: no import cycles between modules, and SQL only in store/."""

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "lagesbild_desktop"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in PACKAGE.rglob("*.py")}


def _owning_module(name: str) -> str | None:
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def imports_of(name: str) -> set[str]:
    """The package's modules `name` imports anywhere in it (functions included; annotations-only
    imports under TYPE_CHECKING left out, as they never run)."""
    path = MODULES[name]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                continue
            if isinstance(child, ast.Import):
                targets = [alias.name for alias in child.names]
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
                    for _ in range(child.level - 1):
                        package = package.rpartition(".")[0]
                    base = f"{package}.{base}".rstrip(".")
                targets = [base, *(f"{base}.{alias.name}" for alias in child.names)]
            else:
                visit(child)
                continue
            for target in targets:
                owner = _owning_module(target)
                if owner and owner != name and owner.startswith("lagesbild_desktop"):
                    found.add(owner)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


def cycles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []

    def strong(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in graph[node]:
            if other not in index:
                strong(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(group)

    for node in graph:
        if node not in index:
            strong(node)
    return groups


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [{"a", "b", "c"}]


def test_no_two_modules_import_each_other_even_inside_functions():
    graph = {name: imports_of(name) for name in MODULES}
    assert graph["lagesbild_desktop.store.database"], "the import reader found nothing"
    assert cycles(graph) == []


SQL_CALL = re.compile(r"\.(execute|executemany|executescript)\(")


def test_sql_is_run_only_in_store():
    outside = [f"{path.relative_to(PACKAGE)}:{number}" for path in PACKAGE.rglob("*.py")
               if "store" not in path.relative_to(PACKAGE).parts
               for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
               if SQL_CALL.search(line)]
    assert outside == []
