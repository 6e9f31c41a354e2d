# The two commands a new user needs: `make run` and `make test` (see README).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: run test lint bench clean translations screenshots bytecode package

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall when the project's dependencies change.
$(VENV)/.installed-app: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

# Byte-compiled like an installed package (pip compiles a wheel at install; an editable
# install does not, and PYTHONDONTWRITEBYTECODE would make every start compile again).
bytecode: $(VENV)/.installed-app
	$(BIN)/python -m compileall -q lagesbild_desktop

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed-app

# Compiled translations are built, never edited or committed (the .ts files are the source).
QM := $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))
%.qm: %.ts | $(VENV)/.installed-app
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

run: $(VENV)/.installed-app $(QM) bytecode
	$(BIN)/lagesbild

test: $(VENV)/.installed-test $(QM) bytecode
	$(BIN)/ruff check .
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .

bench: $(VENV)/.installed-test $(QM) bytecode
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run_all.py

# The one-folder application for officials' workstations (packaging/README.md): dist/lagesbild/.
package: $(VENV)/.installed-test $(QM)
	@command -v objdump >/dev/null || { echo "make package behöver objdump: sudo apt-get install binutils" >&2; exit 1; }
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/lagesbild.spec
	@echo "Paketet: dist/lagesbild/ ($$(du -sh dist/lagesbild | cut -f1), $$(find dist/lagesbild -type f | wc -l) filer)"
	@echo "Prova:   QT_QPA_PLATFORM=offscreen dist/lagesbild/lagesbild --smoke-test"

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache .hypothesis

screenshots: $(VENV)/.installed-test $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/make_screenshots.py
