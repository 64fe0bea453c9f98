"""Command line: thin typer sub-apps over the same services the gateway uses."""
