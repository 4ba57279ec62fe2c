"""Wrong on repeated emails: collects each group's emails in a list, so an email listed in two
accounts of the same person (or twice in one account) appears twice."""


def accounts_merge(accounts: list[list[str]]) -> list[list[str]]:
    parent = list(range(len(accounts)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_seen: dict[str, int] = {}
    for i, (_, *emails) in enumerate(accounts):
        for email in emails:
            if email in first_seen:
                parent[find(i)] = find(first_seen[email])
            else:
                first_seen[email] = i
    groups: dict[int, list[str]] = {}
    for i, (_, *emails) in enumerate(accounts):
        groups.setdefault(find(i), []).extend(emails)
    merged = [[accounts[root][0]] + sorted(emails) for root, emails in groups.items()]
    merged.sort(key=lambda account: account[1])
    return merged
