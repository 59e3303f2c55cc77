"""``factcheck lsp``: the language server that shows findings in an editor while a draft is written.

    drafts.py       one draft checked: its configuration (files + workspace settings), its
                    publication date (document, else configuration, else setting, else today)
    protocol.py     findings and claims in LSP terms: positions in the client's units,
                    diagnostics, quick fixes, hover text, links to the rules' documentation
    worker.py       the child process the checks run in: a time limit, and a crash there
                    costs one check, never the server
    server.py       the pygls server: documents, debouncing, settings, the handlers

Only ``server.py`` (and what imports it) needs pygls; the rest is plain factcheck and is what
the handlers call, so ``factcheck check`` never pays for the editor's dependencies.
"""
