"""The pipeline's stages around the audio: plan, script, program, assemble, publish, report, lint."""
