"""Accounts Merge: join the accounts that share an email, directly or through other accounts."""


def accounts_merge(accounts: list[list[str]]) -> list[list[str]]:
    raise NotImplementedError("write your solution here")
