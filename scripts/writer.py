"""Write the rendered tree (placeholder)."""


def sync_tree(out_dir, files):
    return [], [], 0
