# gunicorn reads this file from the folder it starts in. Its own refusals (a request line over
# 4094 bytes, a header over 8190) are HTML pages; without its limits such requests reach app.py,
# which refuses them with the API's JSON errors (MAX_QUERY_BYTES, MAX_HEADER_BYTES).
limit_request_line = 0
limit_request_field_size = 0
