"""Union-find with a recursive, path-compressing find: a chain listed from its far end builds one
path through every email before any compression, so find recurses 10,000 deep."""

from collections import defaultdict


class Solution:
    def accountsMerge(self, accounts):
        parent = {}
        owner = {}

        def find(x):
            if parent[x] != x:
                parent[x] = find(parent[x])
            return parent[x]

        def union(a, b):
            parent[find(a)] = find(b)

        for acc in accounts:
            name = acc[0]
            for email in acc[1:]:
                if email not in parent:
                    parent[email] = email
                owner[email] = name
                union(email, acc[1])
        groups = defaultdict(list)
        for email in parent:
            groups[find(email)].append(email)
        res = [[owner[root]] + sorted(emails) for root, emails in groups.items()]
        res.sort(key=lambda a: a[1])
        return res


def accounts_merge(accounts: list[list[str]]) -> list[list[str]]:
    return Solution().accountsMerge(accounts)
