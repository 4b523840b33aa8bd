"""Outputs: the scan record contract, file formats and the SQLite store."""
