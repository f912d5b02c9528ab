"""The pipeline's stages between loading and audio: plan, script, normalize (sibling package), assemble, publish, report."""
