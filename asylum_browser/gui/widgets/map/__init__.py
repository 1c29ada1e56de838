"""The map widget and its parts: viewport maths (Qt-free), clusters, painting, input."""
