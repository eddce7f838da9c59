"""Reading articles from files: the first stage of the pipeline."""

from .readers import ReadResult, read_inputs, read_path, parse_published

__all__ = ["ReadResult", "read_inputs", "read_path", "parse_published"]
