"""The trusted pytest process: the plugin, the proxies that call into the worker, and the checks problem tests use. Never imports submitted code."""
