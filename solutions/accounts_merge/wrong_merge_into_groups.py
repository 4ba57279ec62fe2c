"""Wrong for the target complexity: keeps a list of merged groups and, for each account, checks
every group for a shared email, merging all that match (correct answers; O(n^2) set work when
the accounts stay separate or join one by one)."""


def accounts_merge(accounts: list[list[str]]) -> list[list[str]]:
    groups: list[tuple[str, set[str]]] = []
    for name, *emails in accounts:
        mine = set(emails)
        keep = []
        for group_name, group in groups:
            if group & mine:
                mine |= group
            else:
                keep.append((group_name, group))
        keep.append((name, mine))
        groups = keep
    merged = [[name] + sorted(emails) for name, emails in groups]
    merged.sort(key=lambda account: account[1])
    return merged
