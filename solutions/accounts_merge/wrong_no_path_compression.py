"""Wrong for the target complexity: union-find whose find walks to the root without shortening the
path, and whose union always hangs the first root under the second (correct answers; a chain of
accounts builds one long path, and every find walks it: O(n^2))."""


def accounts_merge(accounts: list[list[str]]) -> list[list[str]]:
    parent: dict[str, str] = {}
    owner: dict[str, str] = {}

    def find(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    for name, *emails in accounts:
        for email in emails:
            if email not in parent:
                parent[email] = email
                owner[email] = name
        for email in emails[1:]:
            ra, rb = find(emails[0]), find(email)
            if ra != rb:
                parent[ra] = rb

    groups: dict[str, list[str]] = {}
    for email in parent:
        groups.setdefault(find(email), []).append(email)
    merged = [[owner[root]] + sorted(emails) for root, emails in groups.items()]
    merged.sort(key=lambda account: account[1])
    return merged
