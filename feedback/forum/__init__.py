"""The residents' forum: boards, threads, official answers from units, moderation by Diskominfo."""
