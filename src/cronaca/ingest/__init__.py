"""Reading articles from files: the first stage of the pipeline."""

from .readers import ReadResult, parse_published, read_inputs, read_path

__all__ = ["ReadResult", "parse_published", "read_inputs", "read_path"]
